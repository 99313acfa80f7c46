// run
// gcc PR 56051: wrong code for x < (unsigned char)(1 << s)
// It was folded to (x >> s) == 0, wrong when the cast truncates: with s = 8
// the bound is 0 and nothing is below it.

#include <stdio.h>

static volatile unsigned int shift8 = 8;
static volatile unsigned int shift31 = 31;

int
main(void)
{
	unsigned char small[1] = { 0 };
	unsigned long long big[1] = { 2ULL << 32 };
	unsigned int s = shift8;
	unsigned int t = shift31;
	int below_cast = small[0] < (unsigned char)(1 << s);
	unsigned char limit = (unsigned char)(1 << s);
	int below_var = small[0] < limit;
	int above_cast = big[0] >= (unsigned long long)(1U << t);
	unsigned long long wide = 1U << t;
	int above_var = big[0] >= wide;

	printf("%d %d\n", below_cast, below_var);
	printf("%d %d\n", above_cast, above_var);
	return 0;
}
