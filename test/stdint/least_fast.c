// run
// Checks the minimum-width and fastest minimum-width integer types of
// <stdint.h> (C11 7.20.1.2, 7.20.1.3, 7.20.2.2, 7.20.2.3): each is at
// least N bits wide, its limit macros agree with the type's actual range
// (computed from the bit pattern of the type itself: (uint_leastN_t)-1 is
// UINT_LEASTN_MAX), the signed limits are at least +-(2^(N-1) - 1), and
// a value of N bits survives a round trip through each type.

#include <stdio.h>
#include <stdint.h>
#include <limits.h>

#define WIDE_ENOUGH(T, N) (sizeof(T) * CHAR_BIT >= (N))

int main(void)
{
	printf("%d %d %d %d\n", WIDE_ENOUGH(int_least8_t, 8), WIDE_ENOUGH(int_least16_t, 16),
		WIDE_ENOUGH(int_least32_t, 32), WIDE_ENOUGH(int_least64_t, 64));
	printf("%d %d %d %d\n", WIDE_ENOUGH(int_fast8_t, 8), WIDE_ENOUGH(int_fast16_t, 16),
		WIDE_ENOUGH(int_fast32_t, 32), WIDE_ENOUGH(int_fast64_t, 64));
	printf("%d %d %d %d\n", (uint_least8_t)-1 == UINT_LEAST8_MAX,
		(uint_least16_t)-1 == UINT_LEAST16_MAX, (uint_least32_t)-1 == UINT_LEAST32_MAX,
		(uint_least64_t)-1 == UINT_LEAST64_MAX);
	printf("%d %d %d %d\n", (uint_fast8_t)-1 == UINT_FAST8_MAX,
		(uint_fast16_t)-1 == UINT_FAST16_MAX, (uint_fast32_t)-1 == UINT_FAST32_MAX,
		(uint_fast64_t)-1 == UINT_FAST64_MAX);
	printf("%d %d %d %d\n", INT_LEAST8_MAX >= 127 && INT_LEAST8_MIN <= -127,
		INT_LEAST16_MAX >= 32767 && INT_LEAST16_MIN <= -32767,
		INT_FAST32_MAX >= 2147483647 && INT_FAST32_MIN <= -2147483647,
		INT_FAST64_MAX >= 9223372036854775807 && INT_FAST64_MIN <= -9223372036854775807);
	printf("%d %d\n", (uintmax_t)INT_LEAST32_MAX * 2 + 1 <= UINT_LEAST32_MAX,
		(uintmax_t)INT_FAST16_MAX * 2 + 1 <= UINT_FAST16_MAX);
	{
		int_least8_t a = -127;
		uint_least16_t b = 65535;
		int_fast32_t c = -2147483647;
		uint_fast64_t d = UINT64_MAX;

		printf("%d %u %ld %d\n", a, (unsigned)b, (long)c, d == UINT64_MAX);
	}
	return 0;
}
