// run
// Checks conversion to a signed integer type of values the type can
// represent (C11 6.3.1.3p1): the value is unchanged, between every pair
// of widths and signedness. A value taken through unsigned int comes
// back to int without ever converting an out-of-range value.

#include <stdio.h>
#include <stdint.h>
#include <inttypes.h>
#include <limits.h>

_Static_assert(UINT_MAX == 4294967295u, "a 32-bit unsigned int is assumed");

static int to_int(unsigned u)
{
	if (u <= INT_MAX)
		return (int)u;
	return -(int)(UINT_MAX - u) - 1;
}

int main(void)
{
	static const int probes[] = { INT_MIN, -12345, -1, 0, 1, INT_MAX };
	unsigned char uc = 100;
	unsigned short us = 32767;
	long long ll = -2147483647LL - 1;
	uint64_t big = UINT64_C(9223372036854775807);
	int i;

	printf("%d %d\n", (int8_t)-128, (int8_t)127);
	printf("%d %d\n", (int16_t)-32768, (int16_t)(uint16_t)32767);
	printf("%d %d\n", (signed char)uc, (short)us);
	printf("%d\n", (int)ll == INT_MIN);
	printf("%" PRId64 "\n", (int64_t)big);
	printf("%lld\n", (long long)UINT_MAX);
	printf("%d %d\n", (short)-1L, (signed char)(long long)-100);
	printf("%d\n", (int)(uint8_t)200);
	for (i = 0; i < 6; i++) {
		unsigned u = probes[i];

		printf("%d%s", to_int(u) == probes[i], i == 5 ? "\n" : " ");
	}
	printf("%d\n", to_int(0x80000000u));
	return 0;
}
