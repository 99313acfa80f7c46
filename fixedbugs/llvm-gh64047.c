// run
// llvm GH 64047: an inner loop storing vals[j] ^= (*pf > *pz) both into
// the array and into the global last was vectorised (LoopVectorize) with
// the wrong element kept for last after the loop: it printed vals[3]
// (3) instead of vals[5] (8). Reported as latent since clang 15; the
// report was closed in 2023, yet clang 19 still miscompiles this
// program, and clang 22 does not.
// fixed: clang 20 since 15

#include <stdio.h>

long zero, last;
long *pz = &zero;
char flag;
char *const pf = &flag;
int j, pass, once;

int main(void)
{
	// clang.amd64:`\bsetl\b`,`\bxorq\b`
	long vals[] = { 3, 8, 8, 3, 8, 8 };

	for (; pass >= -6; pass--) {
		for (j = 0; j <= 5; j++)
			last = vals[j] ^= *pf > *pz;
		*pf = 1;
	}
	for (; once < 1; once++)
		printf("%d\n", (int)last);
	return 0;
}
