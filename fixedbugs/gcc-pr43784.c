// run
// gcc PR 43784: when a struct returned by value was assigned to memory, the
// caller let the callee build its result directly in the destination (the
// return slot), even when the destination overlapped the object the callee
// was copying from; the copy then overwrote its own source.  A returned
// value is a copy (C11 6.8.6.4), so the overlap must not matter.
// fixed: gcc 4.6
// Two views of a union place the same struct 8 bytes apart; a struct read
// through one view is returned and stored through the other, both ways.

#include <stdio.h>

#if defined(__GNUC__) && !defined(__clang__)
#define KEEP __attribute__((noipa))
#else
#define KEEP __attribute__((noinline))
#endif

struct blob {
	unsigned char b[200];
};

union views {
	struct { struct blob v; long long tail; } lo;
	struct { long long head; struct blob v; } hi;
};

static union views u;

KEEP static struct blob
fetch(const struct blob *p)
{
	return *p;
}

KEEP static void
shift_up(void)
{
	// gcc.amd64:`(movq\s+%rsp|leaq\s+\d*\(%rsp\)),\s*%rdi`,-`leaq\s+8\+u\(%rip\),\s*%rdi`
	u.hi.v = fetch(&u.lo.v);
}

KEEP static void
shift_down(void)
{
	// gcc.amd64:`(movq\s+%rsp|leaq\s+\d*\(%rsp\)),\s*%rdi`,-`leaq\s+u\(%rip\),\s*%rdi`
	u.lo.v = fetch(&u.hi.v);
}

static int
mismatches(const struct blob *p, int base)
{
	int bad = 0;

	for (int i = 0; i < 200; i++)
		bad += p->b[i] != (unsigned char)(base + 3 * i);
	return bad;
}

int
main(int argc, char **argv)
{
	(void)argv;
	for (int i = 0; i < 200; i++)
		u.lo.v.b[i] = (unsigned char)(argc + 3 * i);
	shift_up();
	printf("up: %d\n", mismatches(&u.hi.v, argc));
	for (int i = 0; i < 200; i++)
		u.hi.v.b[i] = (unsigned char)(argc + 7 + 3 * i);
	shift_down();
	printf("down: %d\n", mismatches(&u.lo.v, argc + 7));
	return 0;
}
