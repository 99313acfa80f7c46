// run
// llvm GH 140481: with lo = -7000001*one + 7000000 (one = 1, so lo = -1)
// and hi = -7000000*lo - 7000001 (= -1), clang folded the comparison
// 7000000*hi >= lo to true at -O2, although it is -7000000 >= -1, false;
// a loop on lo that is never entered comes before it. No product
// overflows. A regression in clang 17; fixed in 2025 for clang 21.
// fixed: clang 21 since 17

#include <stdio.h>

int one = 1, lo, hi;

int main(void)
{
	// clang.amd64:`imull\s+\$-7000001,`,`imull\s+\$-7000000,`
	lo = -7000001 * one + 7000000;
	while (lo >= 7000001)
		lo = one + 7000000;
	hi = -7000000 * lo - 7000001;
	printf("%d %d %d\n", lo, hi, 7000000 * hi >= lo);
	return 0;
}
