// run
// gcc PR 84169: wrong code for __builtin_mul_overflow((unsigned char)h, -16, &h)
// requires: int128 && (gcc || clang)
// h is an unsigned __int128; 4 * -16 wraps to 2^128 - 64.

#include <stdio.h>

__extension__ typedef unsigned __int128 u128;

static u128 base;

static u128
scale(u128 unused, u128 h)
{
	(void)unused;
	__builtin_mul_overflow((unsigned char)h, -16, &h);
	return base + h;
}

int
main(void)
{
	u128 x = scale(0, 4);

	printf("%d\n", x == (u128)-64);
	printf("%#llx %#llx\n", (unsigned long long)(x >> 64),
		   (unsigned long long)x);
	return 0;
}
