// run
// gcc PR 57131: wrong code for ((a * (b << c)) / (d * e)) + f with long long operands
// Checks the expression with all-zero and with nonzero operands.

#include <stdio.h>

static long long
compute(int x1, long long x2, int x3, int x4, int x5, long long x6)
{
	return ((x1 * (x2 << x3)) / (x4 * x5)) + x6;
}

int
main(void)
{
	volatile int a = 0, c = 0, d = 1, e = 1;
	volatile long long b = 0, f = 1;

	printf("%lld\n", compute(a, b, c, d, e, f));
	a = 3;
	b = 5;
	c = 2;
	d = 2;
	e = 3;
	printf("%lld\n", compute(a, b, c, d, e, f));
	return 0;
}
