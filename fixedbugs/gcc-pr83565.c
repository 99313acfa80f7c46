// run
// gcc PR 83565: wrong code for a rotate of a masked value followed by xor and shift
// Rotating 0x80000000 left by one gives 1, which the rest must see.

#include <stdint.h>
#include <stdio.h>

static volatile uint32_t all_ones = 0xFFFFFFFFu;
static volatile uint32_t pattern = 0xEEEEEEEEu;

static uint32_t
fold_bits(uint32_t *picked)
{
	uint32_t bit = pattern & 0x00800000u;
	uint32_t top = bit << 8;
	uint32_t rot = (top >> 31) | (top << 1);
	uint32_t mixed = rot ^ all_ones;

	*picked = bit;
	return mixed >> 1;
}

int
main(void)
{
	uint32_t picked;
	uint32_t r = fold_bits(&picked);

	printf("%#lx %#lx\n", (unsigned long)r, (unsigned long)picked);
	return 0;
}
