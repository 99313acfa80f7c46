// run
// gcc PR 28970: in a loop whose counter is incremented and then clamped to
// an upper limit, the product of the counter and a loop-invariant factor,
// passed to a call on every iteration, was strength-reduced at the RTL level
// as if the counter always grew by one, so after the clamp took effect the
// callee saw ever-growing products instead of limit * factor.
// fixed: gcc 4.2
// The callee logs what it receives and ends the loop after a fixed number
// of calls; both an int and a long factor are tried.

#include <stdio.h>

#if defined(__GNUC__) && !defined(__clang__)
#define KEEP __attribute__((noipa))
#else
#define KEEP __attribute__((noinline))
#endif

static long seen[16];
static int nseen;

KEEP static int
note(long v)
{
	seen[nseen++] = v;
	return nseen < 7;
}

KEEP static void
ramp_long(int top, long factor)
{
	// amd64:`\bcall\w*\s+note`
	int k = 0;

	do {
		if (++k >= top)
			k = top - 1;
	} while (note(k * factor));
}

KEEP static void
ramp_int(int top, int factor)
{
	// amd64:`\bcall\w*\s+note`
	int k = 0;

	do {
		if (++k >= top)
			k = top - 1;
	} while (note(k * factor));
}

static void
dump(const char *what)
{
	printf("%s:", what);
	for (int i = 0; i < nseen; i++)
		printf(" %ld", seen[i]);
	printf("\n");
	nseen = 0;
}

int
main(int argc, char **argv)
{
	(void)argv;
	ramp_long(argc + 3, 40961L * (argc + 99));
	dump("long");
	ramp_int(argc + 2, -1201 * argc);
	dump("int");
	return 0;
}
