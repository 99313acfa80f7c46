// run
// Checks that INT_MIN and LLONG_MIN are handled without overflow: their
// magnitudes are computed in the unsigned type (C11 6.3.1.3p2, 6.2.5p9),
// a decimal formatter built on that handles every int, / and % with
// INT_MIN stay defined when the quotient is representable (6.5.5p6), and
// the distance between INT_MIN and INT_MAX is found in unsigned int.

#include <stdio.h>
#include <limits.h>

_Static_assert(INT_MIN == -2147483647 - 1, "a 32-bit two's complement int");
_Static_assert(LLONG_MIN == -9223372036854775807LL - 1, "64-bit long long");

static unsigned magnitude(int x)
{
	return x < 0 ? 0u - (unsigned)x : (unsigned)x;
}

static unsigned long long magnitude_ll(long long x)
{
	return x < 0 ? 0ull - (unsigned long long)x : (unsigned long long)x;
}

static const char *format_int(int x, char buf[16])
{
	char *p = buf + 15;
	unsigned m = magnitude(x);

	*p = '\0';
	do
		*--p = (char)('0' + m % 10);
	while (m /= 10);
	if (x < 0)
		*--p = '-';
	return p;
}

int main(void)
{
	char b1[16], b2[16];

	printf("%u %u %u %u\n", magnitude(INT_MIN), magnitude(-1),
		magnitude(0), magnitude(INT_MAX));
	printf("%llu\n", magnitude_ll(LLONG_MIN));
	printf("%s %s\n", format_int(INT_MIN, b1), format_int(INT_MAX, b2));
	printf("%s %s\n", format_int(0, b1), format_int(-7, b2));
	printf("%d %d\n", INT_MIN, INT_MIN / 2);
	printf("%d %d\n", INT_MIN % 3, INT_MIN % 2);
	printf("%d %d\n", INT_MIN / INT_MIN, INT_MIN % INT_MIN);
	printf("%d %d\n", INT_MIN / INT_MAX, INT_MIN % INT_MAX);
	printf("%d %d\n", INT_MIN + INT_MAX, -(INT_MIN + 1));
	printf("%lld\n", (long long)INT_MIN * -1);
	printf("%u\n", (unsigned)INT_MAX - (unsigned)INT_MIN);
	printf("%d\n", INT_MIN < -INT_MAX);
	return 0;
}
