// run -O1 -fexpensive-optimizations
// gcc PR 68381: wrong code for __builtin_mul_overflow of unsigned shorts into int
// requires: gcc || clang
// 1 * 2 does not overflow and gives 2; 65535 * 65535 overflows an int.

#include <stdio.h>

static int
mul(unsigned short x, unsigned short y, int *ovf)
{
	int r;

	*ovf = __builtin_mul_overflow(x, y, &r);
	return r;
}

int
main(void)
{
	volatile unsigned short x = 1, y = 2, big = 65535;
	int ovf;
	int r = mul(x, y, &ovf);

	printf("%d %d\n", r, ovf);
	r = mul(big, big, &ovf);
	printf("%d\n", ovf);
	return 0;
}
