// run
// gcc PR 57131: wrong code for ((a * (b << c)) / (d * e)) + f with long long operands
// A fold of the product-over-product division went wrong when the
// numerator is zero; nothing may be cancelled between the two products.
// fixed: gcc 4.8.1

#include <stdio.h>

#ifdef __clang__
#define OPAQUE __attribute__((noinline))
#else
#define OPAQUE __attribute__((noipa))
#endif

OPAQUE long long
ratio_plus(int a, long long b, int c, int d, int e, long long f)
{
	// amd64:`s[ah]lq\s+%cl`,`imul[lq]`,`idivq`
	return ((a * (b << c)) / (d * e)) + f;
}

static volatile int ints[2][4] = { { 0, 0, 1, 1 }, { 3, 2, 2, 3 } };
static volatile long long longs[2][2] = { { 0, 1 }, { 5, 1 } };

int
main(void)
{
	for (int i = 0; i < 2; i++)
		printf("%lld\n", ratio_plus(ints[i][0], longs[i][0], ints[i][1],
					    ints[i][2], ints[i][3], longs[i][1]));
	return 0;
}
