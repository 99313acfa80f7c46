// run
// Checks overflow tests that never overflow themselves: signed +, - and
// * are tested against INT_MAX and INT_MIN before they are done (signed
// overflow is undefined, C11 6.5p5), while unsigned wraparound is
// detected after the fact (6.2.5p9). Each boundary case is classified.

#include <stdio.h>
#include <limits.h>

static int add_ok(int a, int b)
{
	return b >= 0 ? a <= INT_MAX - b : a >= INT_MIN - b;
}

static int sub_ok(int a, int b)
{
	return b >= 0 ? a >= INT_MIN + b : a <= INT_MAX + b;
}

static int mul_ok(int a, int b)
{
	if (a == 0 || b == 0)
		return 1;
	if (a > 0)
		return b > 0 ? a <= INT_MAX / b : b >= INT_MIN / a;
	return b > 0 ? a >= INT_MIN / b : a >= INT_MAX / b;
}

static int uadd_wrapped(unsigned a, unsigned b)
{
	unsigned s = a + b;

	return s < a;
}

static int umul_wrapped(unsigned a, unsigned b)
{
	return a != 0 && (a * b) / a != b;
}

int main(void)
{
	static const int pairs[][2] = {
		{ INT_MAX, 0 }, { INT_MAX, 1 }, { INT_MIN, -1 }, { INT_MIN, 0 },
		{ -1, INT_MIN }, { 46340, 46340 }, { 46341, 46341 },
		{ -46341, 46341 }, { INT_MIN, 1 }, { -1, -1 },
		{ INT_MIN / 2, 2 }, { INT_MIN / 2, -2 },
	};
	int i;

	for (i = 0; i < (int)(sizeof pairs / sizeof pairs[0]); i++) {
		int a = pairs[i][0], b = pairs[i][1];

		printf("%d %d: add %d sub %d mul %d\n", a, b, add_ok(a, b),
			sub_ok(a, b), mul_ok(a, b));
	}
	printf("%d %d\n", uadd_wrapped(UINT_MAX, 1), uadd_wrapped(UINT_MAX, 0));
	printf("%d %d\n", umul_wrapped(65536, 65536),
		umul_wrapped(65535, 65537));
	return 0;
}
