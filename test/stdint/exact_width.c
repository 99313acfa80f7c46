// run
// Checks the exact-width integer types of <stdint.h> (C11 7.20.1.1): intN_t
// has exactly N value and sign bits with no padding in two's complement,
// so INTN_MIN is -2^(N-1) exactly and every bit pattern is a value;
// uintN_t arithmetic wraps modulo 2^N once converted back; and the
// promotions apply, so uint8_t and uint16_t operands become int.

#include <stdio.h>
#include <stdint.h>
#include <limits.h>
#include <string.h>

int main(void)
{
	uint8_t u8 = 250;
	uint16_t u16 = 65535;
	uint32_t u32 = 0;
	uint64_t u64 = UINT64_MAX;
	int8_t i8;
	int16_t i16 = INT16_MIN;
	unsigned char bytes[sizeof(int32_t)];
	int32_t minus_one = -1;
	size_t i;
	int all_ones = 1;

	printf("%d %d %d %d\n", (int)(sizeof(int8_t) * CHAR_BIT),
		(int)(sizeof(int16_t) * CHAR_BIT), (int)(sizeof(int32_t) * CHAR_BIT),
		(int)(sizeof(int64_t) * CHAR_BIT));
	printf("%d %d\n", INT8_MIN == -128, INT16_MIN == -32767 - 1);
	printf("%d %d\n", INT32_MIN == -2147483647 - 1, INT64_MIN == -INT64_MAX - 1);
	printf("%d %d\n", UINT32_MAX == 4294967295u, UINT64_MAX == 18446744073709551615u);
	u8 += 10;
	u16++;
	u32--;
	u64 += 2;
	printf("%d %d %lu %llu\n", u8, u16, (unsigned long)u32, (unsigned long long)u64);
	memcpy(bytes, &minus_one, sizeof bytes);
	for (i = 0; i < sizeof bytes; i++)
		all_ones &= bytes[i] == UCHAR_MAX;
	printf("two's complement %d\n", all_ones);
	i8 = INT8_MAX;
	i8 = (int8_t)(i8 - 255);
	printf("%d %d\n", i8 == INT8_MIN, i16 < -32767);
	printf("%d %d\n", _Generic(u8 + u8, int: 1, default: 0),
		_Generic((uint16_t)1 * (uint16_t)1, int: 1, default: 0));
	printf("%d\n", (uint8_t)(u8 - 20) == 240);
	return 0;
}
