// run
// Checks <stdint.h>, <inttypes.h> and <limits.h>: exact-width types and
// their limits, the PRI and SCN macros, INTn_C/UINTn_C constants, and
// the relations the standard requires between the limits.

#include <stdio.h>
#include <stdint.h>
#include <inttypes.h>
#include <limits.h>

int main(void)
{
	int8_t i8 = INT8_MIN;
	uint16_t u16 = UINT16_MAX;
	int32_t i32 = INT32_MIN;
	uint64_t u64 = UINT64_MAX;
	int64_t parsed;

	printf("%" PRId8 " %" PRIu16 " %" PRId32 " %" PRIu64 "\n", i8, u16, i32, u64);
	printf("%" PRIx32 " %" PRIX64 "\n", (uint32_t)UINT32_MAX, (uint64_t)INT64_MAX);
	printf("%" PRId64 "\n", INT64_MIN);
	printf("%d %d\n", INT8_MAX, INT16_MIN);
	u16++;
	printf("%d\n", u16 == 0);
	printf("%d\n", CHAR_BIT);
	printf("%d\n", SCHAR_MIN == -128 && SCHAR_MAX == 127 && UCHAR_MAX == 255);
	printf("%d\n", CHAR_MIN == SCHAR_MIN || CHAR_MIN == 0);
	printf("%d\n", SHRT_MAX <= INT_MAX && INT_MAX <= LONG_MAX && LONG_MAX <= LLONG_MAX);
	printf("%d\n", UINT_MAX >= 65535u && ULONG_MAX >= 4294967295ul);
	printf("%d\n", INTMAX_MAX >= INT64_MAX && UINTPTR_MAX >= 65535u);
	printf("%" PRIu64 "\n", UINT64_C(1) << 63);
	printf("%" PRIdMAX "\n", INTMAX_C(-5));
	if (sscanf("-1234567890123", "%" SCNd64, &parsed) == 1)
		printf("%" PRId64 "\n", parsed);
	printf("%d\n", (int)sizeof(int_least8_t) >= 1 && sizeof(int_fast32_t) * CHAR_BIT >= 32);
	return 0;
}
