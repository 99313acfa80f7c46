// run
// gcc PR 41917: wrong code for c % (a | -2) on unsigned int
// The divisor is UINT_MAX, so the remainder is c itself.

#include <stdio.h>

static volatile unsigned int a = 1;

int
main(void)
{
	unsigned int c = 0xc7d24b5eu;
	unsigned int d = a | -2;
	unsigned int b = (d == 0) ? c : (c % d);

	printf("%#x %#x\n", d, b);
	return 0;
}
