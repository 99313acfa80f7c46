// run
// Checks the integer constant macros of <stdint.h> (C11 7.20.4): INTN_C
// and UINTN_C expand to integer constant expressions with the type that
// int_leastN_t or uint_leastN_t takes after the integer promotions (so
// UINT8_C(1) is an int but UINT64_C(1) is uint_least64_t); the values
// are usable in #if; and INTMAX_C and UINTMAX_C give intmax_t and
// uintmax_t constants.

#include <stdio.h>
#include <stdint.h>

#if UINT64_C(0xFFFFFFFFFFFFFFFF) != UINT64_MAX
#error "UINT64_C in #if"
#endif
#if INT32_C(-2147483647) - 1 != INT32_MIN
#error "INT32_C in #if"
#endif
#if INTMAX_C(1) << 62 <= 0
#error "INTMAX_C in #if"
#endif

static const int sizes[] = { INT8_C(10), UINT16_C(20), (int)INT32_C(30) };

int main(void)
{
	printf("%d %d\n", _Generic(INT8_C(1), int: 1, default: 0),
		_Generic(UINT8_C(1), int: 1, default: 0));
	printf("%d %d\n", _Generic(INT16_C(1), int: 1, default: 0),
		_Generic(UINT16_C(1), int: 1, unsigned: 1, default: 0));
	printf("%d %d\n", _Generic(INT64_C(1), int_least64_t: 1, default: 0),
		_Generic(UINT64_C(1), uint_least64_t: 1, default: 0));
	printf("%d %d\n", _Generic(INTMAX_C(1), intmax_t: 1, default: 0),
		_Generic(UINTMAX_C(1), uintmax_t: 1, default: 0));
	printf("%d %d\n", _Generic(INT32_C(1), int_least32_t: 1, default: 0),
		_Generic(UINT32_C(1), uint_least32_t: 1, default: 0));
	printf("%d %d %d\n", sizes[0], sizes[1], sizes[2]);
	printf("%d\n", UINT64_C(1) << 63 == (uint64_t)INT64_MAX + 1);
	printf("%d\n", INT64_C(-1) < 0 && UINT64_C(0) - 1 == UINT64_MAX);
	printf("%d\n", UINTMAX_C(0xFFFFFFFFFFFFFFFF) == UINT64_MAX);
	return 0;
}
