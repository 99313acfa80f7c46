// run
// Checks longjmp across many stack frames (C11 7.13.2.1): a jump from a
// recursion 5000 calls deep and from a callback invoked through a
// function pointer returns to the setjmp in main, skipping every
// intermediate frame, after which the program can recurse again just as
// deep; a jmp_buf kept in a struct and reached through a pointer works
// as well. The struct is static, as a non-volatile local changed after
// setjmp would be indeterminate after the jump (C11 7.13.2.1p3).

#include <stdio.h>
#include <setjmp.h>

struct ctx {
	jmp_buf where;
	int depth_reached;
};

static int deepest;

static void descend(struct ctx *c, int depth, int limit)
{
	volatile char pad[32];

	pad[depth % 32] = (char)depth;
	if (depth > deepest)
		deepest = depth;
	if (depth == limit) {
		c->depth_reached = depth + pad[depth % 32] - (char)depth;
		longjmp(c->where, depth);
	}
	descend(c, depth + 1, limit);
	printf("never printed\n");
}

static void each(int n, void (*fn)(struct ctx *, int), struct ctx *c)
{
	for (int i = 0; i < n; i++)
		fn(c, i);
}

static void stop_at_seven(struct ctx *c, int i)
{
	if (i == 7)
		longjmp(c->where, 100 + i);
}

int main(void)
{
	static struct ctx c;
	volatile int round = 0;

	switch (setjmp(c.where)) {
	case 0:
		descend(&c, 1, 5000);
		break;
	case 5000:
		printf("round %d: back from depth %d\n", ++round, c.depth_reached);
		descend(&c, 1, 4999);
		break;
	case 4999:
		printf("round %d: back from depth %d\n", ++round, c.depth_reached);
		each(10, stop_at_seven, &c);
		break;
	case 107:
		printf("round %d: callback stopped at 7\n", ++round);
		break;
	default:
		printf("unexpected\n");
	}
	printf("deepest %d, rounds %d\n", deepest, round);
	return 0;
}
