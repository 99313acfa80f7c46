// run
// Checks that arithmetic near the limits of int is exact once one operand
// is converted to a wider type first (C11 6.3.1.8p1): the conversion
// applies before the operation, so INT_MAX * INT_MAX in long long and
// UINT_MAX + UINT_MAX in unsigned long long do not overflow or wrap,
// whereas converting the result of an int operation would come too late.
// A midpoint of two ints whose difference fits in int avoids a + b.

#include <stdio.h>
#include <stdint.h>
#include <inttypes.h>
#include <limits.h>

_Static_assert(INT_MAX == 2147483647 && UINT_MAX == 4294967295u,
	"32-bit int and unsigned int are assumed");

static int midpoint(int a, int b)
{
	return a + (b - a) / 2;
}

int main(void)
{
	int max = INT_MAX, min = INT_MIN;
	unsigned umax = UINT_MAX;
	long long sum = 0;
	int i;

	printf("%lld\n", (long long)max * max);
	printf("%lld %lld\n", max + 1LL, min - 1LL);
	printf("%llu\n", umax + 1ULL);
	printf("%u\n", umax + 1u);
	printf("%llu\n", (unsigned long long)umax + umax);
	printf("%.1f\n", 2.0 * max);
	printf("%" PRIu64 "\n", (uint64_t)UINT32_MAX * UINT32_MAX);
	printf("%llu\n", (unsigned long long)LLONG_MAX + 1);
	for (i = 1; i <= 100000; i++)
		sum += i;
	printf("%lld\n", sum);
	printf("%d %d\n", midpoint(max, max - 2), midpoint(min, min + 4));
	printf("%d\n", midpoint(-5, 8));
	return 0;
}
