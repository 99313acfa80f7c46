// run
// gcc PR 64957: wrong code for (((b ^ C) | 1) ^ C) | 1 and its and/xor twin
// With C odd the second xor undoes the first in every bit but bit 0, and
// the final or (and) sets (clears) bit 0 anyway, so the results are just
// b | 1 and b & ~1. GCC's simplification of the nested operations dropped
// bits on the way and computed something else.
// fixed: gcc 5

#include <stdio.h>

#ifdef __clang__
#define HIDDEN __attribute__((noinline))
#else
#define HIDDEN __attribute__((noipa))
#endif

/* Odd on purpose: 0x35 = 53, its complement is -54. */
#define MASK 0x35

/* Must collapse to v | 1: an or with 1 and no trace of the mask. GCC
   still folds the nesting: it moves the or inside the xor, giving
   (v | 1) ^ (C & ~1) ^ C = (v | 1) ^ 1, and leaves that behind. */
HIDDEN int
force_odd(int v)
{
	// amd64:`orl\s+\$1, %eax`,-`\$53\b`,-`\$-54\b`,-`\$52\b`
	// gcc.amd64:`xorl\s+\$1, %eax`
	return (((v ^ MASK) | 1) ^ MASK) | 1;
}

/* Must collapse to v & ~1 (an and with -2); the mask is ~0x35 here. */
HIDDEN int
force_even(int v)
{
	// amd64:`andl\s+\$-2, %eax`,-`\$-54\b`,-`\$53\b`
	return (((v ^ ~MASK) & ~1) ^ ~MASK) & ~1;
}

static volatile int probe[] = { 0, 7, 52, 53, 54, -1, -54, 1000, -999, 0x7ffffffe };

int
main(void)
{
	unsigned n = sizeof probe / sizeof probe[0];

	while (n--) {
		int v = probe[n];

		printf("%11d -> odd %11d, even %11d\n", v, force_odd(v), force_even(v));
	}
	return 0;
}
