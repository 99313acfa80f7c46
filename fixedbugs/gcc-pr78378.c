// run
// gcc PR 78378: wrong code for ((x << 41) / 232) truncated to unsigned short
// Checks the 64-bit shift, division and truncation for two inputs.

#include <stdio.h>

static unsigned long long
scaled(unsigned long long x)
{
	x <<= 41;
	x /= 232;
	return 1 + (unsigned short)x;
}

static volatile unsigned long long one = 1;

int
main(void)
{
	printf("%#llx\n", scaled(one));
	printf("%#llx\n", scaled(one + 2));
	return 0;
}
