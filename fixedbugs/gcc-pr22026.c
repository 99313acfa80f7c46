// run
// gcc PR 22026: VRP (new in 4.1) took the range of a sum, difference or
// product of two values known to be nonzero (~[0,0] op ~[0,0]) to be nonzero
// too, and folded away a later test of the result against zero.
// fixed: gcc 4.1
// Each probe first rules out zero operands, then asks whether the result
// is zero; operands come from argc so nothing is folded early.

#include <stdio.h>

#if defined(__GNUC__) && !defined(__clang__)
#define KEEP __attribute__((noipa))
#else
#define KEEP __attribute__((noinline))
#endif

KEEP static int
sum_hits_zero(long u, long v)
{
	// amd64:`\baddq\b`,`\bsete\b`
	if (u == 0 || v == 0)
		return -1;
	return u + v == 0;
}

KEEP static int
gap_hits_zero(long u, long v)
{
	// amd64:`\b(cmp|sub)q\b`,`\bsete\b`
	if (u == 0 || v == 0)
		return -1;
	return u - v == 0;
}

KEEP static int
product_hits_zero(unsigned u, unsigned v)
{
	// amd64:`\bimull\b`,`\bsete\b`
	if (u == 0 || v == 0)
		return -1;
	return u * v == 0;
}

int
main(int argc, char **argv)
{
	long k = argc + 6;		/* 7 */
	unsigned h = 1u << (argc + 15);	/* 0x10000 */

	(void)argv;
	printf("add: %d %d\n", sum_hits_zero(k, -k), sum_hits_zero(k, k));
	printf("sub: %d %d\n", gap_hits_zero(-k, -k), gap_hits_zero(k, 2));
	printf("mul: %d %d\n", product_hits_zero(h, h),
	       product_hits_zero(h, 3u));
	return 0;
}
