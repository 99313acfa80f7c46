// run
// gcc PR 78378: wrong code for ((x << 41) / 232) truncated to unsigned short
// The division by 232 becomes a shift and a multiply-high by a magic
// constant, and combine then mishandled the truncation to 16 bits.
// Checks the 64-bit shift, division and truncation for a few inputs.
// fixed: gcc 7

#include <stdio.h>

#ifdef __clang__
#define OPAQUE __attribute__((noinline))
#else
#define OPAQUE __attribute__((noipa))
#endif

OPAQUE unsigned long long
scaled(unsigned long long x)
{
	// amd64:`s[ah]lq\s+\$(41|38)`,`\$636094623231363849`,`mulq`,`movzwl\s+%dx`
	unsigned long long q = (x << 41) / 232;

	return (unsigned short)q + 1ULL;
}

static volatile unsigned long long inputs[3] = { 1, 3, 0x123456789ULL };

int
main(void)
{
	for (int i = 0; i < 3; i++)
		printf("%#llx\n", scaled(inputs[i]));
	return 0;
}
