// run
// Checks that unsigned arithmetic is done modulo 2^N (C11 6.2.5p9) for
// +, -, *, unary - and ++/--, at 32 and 64 bits, and that uint16_t
// operands are promoted to int (6.3.1.1p2), so a product of two of them
// must be taken in an unsigned type to stay defined; the wrapped results
// drive an FNV-1a hash and a power computed modulo 2^64.

#include <stdio.h>
#include <stdint.h>
#include <inttypes.h>
#include <limits.h>

_Static_assert(UINT_MAX == 4294967295u, "a 32-bit unsigned int is assumed");

static uint32_t fnv1a(const char *s)
{
	uint32_t h = 2166136261u;

	while (*s) {
		h ^= (unsigned char)*s++;
		h *= 16777619u;
	}
	return h;
}

static uint64_t power(uint64_t base, int n)
{
	uint64_t r = 1;

	while (n-- > 0)
		r *= base;
	return r;
}

int main(void)
{
	uint32_t top = UINT32_MAX, m = 0x10000;
	uint16_t x = 0xFFFF;
	uint64_t big = UINT64_MAX;
	unsigned char c = 250;
	uint8_t counter = 0;
	unsigned a = 3, b = 5;
	int i;

	printf("%" PRIu32 " %" PRIu32 "\n", top + 1, top + top);
	printf("%u %u\n", 0u - 1u, a - b);
	printf("%" PRIu32 "\n", m * m);
	printf("%" PRIu32 " %" PRIu32 "\n", (uint32_t)x * x, 1u * x * x);
	printf("%" PRIu64 " %" PRIu64 "\n", big * big, big + 2);
	printf("%" PRIu32 " %u\n", -(uint32_t)5, ~0u);
	c += 10;
	printf("%d\n", c);
	for (i = 0; i < 300; i++)
		counter++;
	printf("%d\n", counter);
	counter = 0;
	counter--;
	printf("%d\n", counter);
	printf("%u\n", a - b + b);
	printf("0x%08" PRIx32 "\n", fnv1a("hello"));
	printf("%" PRIu64 "\n", power(3, 41));
	printf("%" PRIu64 "\n", power(3, 100));
	return 0;
}
