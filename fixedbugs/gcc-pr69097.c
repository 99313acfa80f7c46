// run
// gcc PR 69097: wrong code for x % -y with x = INT_MIN and y = -1
// INT_MIN % 1 is 0; treating it as INT_MIN % -1 would trap.

#include <limits.h>
#include <stdio.h>

static int
rem(int x, int y)
{
	return x % y;
}

static int
rem_neg(int x, int y)
{
	return x % -y;
}

static int
rem_neg_var(int x, int y)
{
	int z = -y;

	return x % z;
}

int
main(void)
{
	volatile int lo = INT_MIN, one = 1, minus_one = -1;

	printf("%d %d %d\n", rem(lo, one), rem_neg(lo, minus_one),
		   rem_neg_var(lo, minus_one));
	printf("%d %d %d\n", rem(-7, 3), rem_neg(7, -3), rem_neg_var(-8, 3));
	return 0;
}
