// run
// gcc PR 69097: wrong code for x % -y with x = INT_MIN and y = -1
// x % -y was folded to x % y, which is not the same when x is INT_MIN
// and y is -1: INT_MIN % 1 is 0, while INT_MIN % -1 overflows (and traps
// on x86). The negation must stay.
// fixed: gcc 6

#include <limits.h>
#include <stdio.h>

#ifdef __clang__
#define OPAQUE __attribute__((noinline))
#else
#define OPAQUE __attribute__((noipa))
#endif

OPAQUE int
rem_neg(int x, int y)
{
	// amd64:`negl\s+%esi`,`idivl\s+%esi`
	return x % (-y);
}

OPAQUE int
rem_neg_var(int x, int y)
{
	// amd64:`negl\s+%esi`,`idivl\s+%esi`
	int divisor = 0 - y;

	return x % divisor;
}

static volatile int xs[3] = { INT_MIN, 7, -8 };
static volatile int ys[3] = { -1, -3, 3 };

int
main(void)
{
	for (int i = 0; i < 3; i++)
		printf("%d %d\n", rem_neg(xs[i], ys[i]), rem_neg_var(xs[i], ys[i]));
	return 0;
}
