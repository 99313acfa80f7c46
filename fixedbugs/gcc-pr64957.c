// run
// gcc PR 64957: wrong code for (((b ^ 5) | 1) ^ 5) | 1 and its and/xor twin
// Both only touch bit 0, so they equal b | 1 and b & ~1.

#include <stdio.h>

static int
xor_or(int b)
{
	return (((b ^ 5) | 1) ^ 5) | 1;
}

static int
xor_and(int b)
{
	return (((b ^ ~5) & ~1) ^ ~5) & ~1;
}

int
main(void)
{
	for (volatile int i = 0; i < 16; i++)
		printf("%d %d %d\n", i, xor_or(i), xor_and(i));
	return 0;
}
