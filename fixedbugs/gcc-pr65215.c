// run
// gcc PR 65215: wrong code for a byte swap of a value truncated from a 64-bit load
// Only the low 32 bits of the loaded value may take part in the swap.

#include <stdint.h>
#include <stdio.h>

static uint32_t
swap32(uint32_t x)
{
	return (x >> 24) | ((x >> 8) & 0xff00) | ((x << 8) & 0xff0000) | (x << 24);
}

static uint32_t
swap_low(const unsigned long long *p)
{
	return swap32((uint32_t)*p);
}

int
main(void)
{
	unsigned long long v = swap32(0xdeadbeefu) | 0xfeedbea800000000ULL;

	printf("%#lx\n", (unsigned long)swap_low(&v));
	printf("%#lx\n", (unsigned long)swap32(0x11223344u));
	return 0;
}
