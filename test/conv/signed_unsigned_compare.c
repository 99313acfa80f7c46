// run
// Checks relational and equality operators between signed and unsigned
// operands after the usual arithmetic conversions (C11 6.3.1.8p1, 6.5.8p3,
// 6.5.9p4): -1 against unsigned int compares as UINT_MAX, while long long
// holds every unsigned int value and keeps -1 negative; narrow types are
// compared as int; size_t makes a negative int huge.

#include <stdio.h>
#include <limits.h>

_Static_assert(LLONG_MAX > UINT_MAX, "long long must hold every unsigned");
_Static_assert(INT_MAX > USHRT_MAX, "int must hold every unsigned short");
_Static_assert(UINT_MAX == 4294967295u, "a 32-bit unsigned int is assumed");

int main(void)
{
	int m1 = -1;
	unsigned one = 1;
	unsigned short us = 1;
	short s = -1;
	long long ll = -1;
	unsigned long long ull = 1;
	unsigned char uc = 255;
	unsigned i;
	int count;

	printf("%d %d %d\n", m1 < one, m1 > one, m1 == UINT_MAX);
	printf("%d %d\n", s < us, s == -1);
	printf("%d %d\n", ll < one, ll > one);
	printf("%d %d\n", ll < ull, ll == ULLONG_MAX);
	printf("%d %d\n", uc == -1, uc == UCHAR_MAX);
	printf("%d %d\n", 0u - 1 > 0, m1 < (int)one);
	printf("%d\n", m1 < sizeof(int));
	count = 0;
	for (i = 3; i < 4; i--)
		count++;
	printf("%d %u\n", count, i);
	return 0;
}
