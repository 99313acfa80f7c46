// run
// Checks conversion of an integer to an unsigned type that cannot hold
// its value (C11 6.3.1.3p2): one more than the type's maximum is added or
// subtracted until the value fits, for negative and for too-large
// sources, by cast, by assignment and by a return statement.

#include <stdio.h>
#include <stdint.h>
#include <inttypes.h>

static uint8_t to_u8(int v)
{
	return v;
}

int main(void)
{
	int big = 1000, neg = -300;
	long long wide = 0x123456789LL;
	uint8_t b;
	uint16_t h;

	printf("%d %d %d %d\n", (uint8_t)-1, (uint8_t)256, (uint8_t)300,
		(uint8_t)-300);
	printf("%d %d %d\n", (uint16_t)-1, (uint16_t)70000, (uint16_t)-70000);
	printf("%" PRIu32 " %" PRIx32 " %" PRIu32 "\n", (uint32_t)-1,
		(uint32_t)wide, (uint32_t)INT64_MIN);
	printf("%" PRIu32 "\n", (uint32_t)(int64_t)-5);
	printf("%" PRIu64 " %" PRIu64 "\n", (uint64_t)-1, (uint64_t)INT64_MIN);
	printf("%" PRIu64 "\n", (uint64_t)(int8_t)-128);
	b = big;
	h = neg;
	printf("%d %d\n", b, h);
	printf("%d %d\n", to_u8(neg), to_u8(255));
	b = 7;
	h = 65535;
	printf("%d %d\n", b, h);
	return 0;
}
