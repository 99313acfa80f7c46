// run
// Checks shifts whose count is within the width of the promoted left
// operand (C11 6.5.7): the result has the promoted left operand's type
// whatever the type of the count, unsigned shifts reach the top bit,
// right shifts of unsigned values bring in zeros, a narrow unsigned
// operand is promoted before shifting (so no bits are lost), and a
// 32-bit rotate built from two shifts that never shift by 32.

#include <stdio.h>
#include <stdint.h>
#include <inttypes.h>
#include <limits.h>

_Static_assert(UINT_MAX == 4294967295u, "a 32-bit unsigned int is assumed");

#define TYPE(x) _Generic((x), int: "int", unsigned: "unsigned", \
	long: "long", unsigned long long: "ullong", default: "other")

static uint32_t rotl(uint32_t x, unsigned n)
{
	n &= 31;
	return n ? (x << n) | (x >> (32 - n)) : x;
}

static int popcount(uint32_t x)
{
	int n = 0;
	unsigned k;

	for (k = 0; k < 32; k++)
		n += (x >> k) & 1;
	return n;
}

int main(void)
{
	unsigned char uc = 0x80;
	uint16_t h = 0x8000;
	uint32_t w = 0xDEADBEEF;
	int k = 31;

	printf("%s %s %s %s\n", TYPE(1 << 3LL), TYPE(1u << 1ULL),
		TYPE((char)1 << 1), TYPE(1ULL >> 1));
	printf("%u %u\n", 1u << 31, 0xFFFFFFFFu >> 31);
	printf("%" PRIu64 " %" PRIu64 "\n", UINT64_C(1) << 63,
		UINT64_MAX >> 63);
	printf("%" PRIu32 " %" PRIu32 "\n", (uint32_t)1 << k, w >> k);
	printf("%d %d\n", uc << 1, h << 1);
	printf("%d %d\n", 1 << 30, 1000 >> 3);
	printf("%" PRIu32 "\n", w << 0);
	printf("%" PRIu32 "\n", (w >> 16) & 0xFF);
	printf("%" PRIx32 " %" PRIx32 " %" PRIx32 " %" PRIx32 "\n",
		rotl(0x12345678, 8), rotl(0x80000001, 1),
		rotl(0x12345678, 31), rotl(0x12345678, 32));
	printf("%d %d\n", popcount(0xF0F0F0F0), popcount(UINT32_MAX));
	return 0;
}
