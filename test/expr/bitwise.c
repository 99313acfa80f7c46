// run
// Checks &, |, ^ and ~ on unsigned values, and common bit tricks.

#include <stdio.h>

static int popcount(unsigned v)
{
	int n = 0;

	while (v) {
		v &= v - 1;
		n++;
	}
	return n;
}

int main(void)
{
	unsigned a = 0xC3u, b = 0x5Au;
	unsigned v = 0x12345678u;
	unsigned x = 40, y = 2;

	printf("%#x %#x %#x\n", a & b, a | b, a ^ b);
	printf("%#x\n", ~a & 0xFFu);
	printf("%d\n", popcount(0));
	printf("%d\n", popcount(0xFFu));
	printf("%d\n", popcount(0x80000001u));
	printf("%#x\n", v & -v);
	printf("%d\n", (v & (v - 1)) == 0);
	printf("%d\n", (64u & 63u) == 0);
	x ^= y;
	y ^= x;
	x ^= y;
	printf("%u %u\n", x, y);
	printf("%#x\n", (v >> 16) | (v << 16));
	printf("%#x\n", v & 0xFF00FF00u);
	printf("%d\n", (5 & 1) ? 1 : 0);
	printf("%d\n", !!(v & 0x8u));
	return 0;
}
