// run
// Checks that unsigned arithmetic is reduced modulo 2^N: no overflow,
// and that conversion of negative values to unsigned is well defined.

#include <stdio.h>
#include <limits.h>

int main(void)
{
	unsigned x = 0;
	unsigned long long big = ULLONG_MAX;
	unsigned short s = USHRT_MAX;

	x--;
	printf("%d\n", x == UINT_MAX);
	x++;
	printf("%u\n", x);
	printf("%d\n", UINT_MAX + 1u == 0);
	printf("%d\n", big + 1 == 0);
	printf("%d\n", (unsigned)-1 == UINT_MAX);
	printf("%d\n", (unsigned long long)-2 == ULLONG_MAX - 1);
	s++;
	printf("%u\n", (unsigned)s);
	printf("%u\n", 3u - 5u + 4u);
	printf("%d\n", 0u - 1u > 0u);
	printf("%d\n", (unsigned char)300);
	printf("%d\n", (unsigned char)-1 == UCHAR_MAX);
	printf("%d\n", (UINT_MAX / 2u) * 2u + 1u == UINT_MAX);
	return 0;
}
