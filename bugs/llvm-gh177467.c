// run
// With FENV_ACCESS ON and the rounding direction set downward, x - x and
// x + (-x) must be -0 (C11 F.3 and IEC 60559: an exact zero sum of
// operands of opposite signs is -0 under roundTowardNegative). Clang 13 to
// 22 print +0 for all three at -O1 and -O2, also with -frounding-math or
// -ffp-model=strict, and -0 at -O0; when x is read from a volatile they
// print -0 at -O2, which fits the LLVM issue's account that the constant
// folder ignores the dynamic rounding mode (llvm PR 184919 proposes a
// fix). gcc 11 and 12 fail as well, and not only because they ignore the
// pragma (-Wall says so): with -frounding-math added they still print +0
// at -O2, the -O2 assembly computing no difference at run time; at -O0
// they print -0. gcc PR 34678 is gcc's entry for wrong code under
// -frounding-math and its missing FENV_ACCESS; no narrower one was found.
// tcc 0.9.27 passes.
// bug: gcc 11-12, clang 13-22
// gcc: gcc PR 34678: at -O2 the three differences are +0 under FE_DOWNWARD, both with FENV_ACCESS ON alone and with -frounding-math added
// clang: llvm GH 177467: at -O1 and -O2 the three differences are +0 under FE_DOWNWARD instead of -0

#include <fenv.h>
#include <math.h>
#include <stdio.h>

#pragma STDC FENV_ACCESS ON

static double difference(double a, double b)
{
	return a - b;
}

static const char *sign(double z)
{
	return signbit(z) ? "-0" : "+0";
}

int main(void)
{
#ifdef FE_DOWNWARD
	double x = 1.0, y = 2.5, d1, d2, d3;

	if (fesetround(FE_DOWNWARD) != 0) {
		puts("-0 -0 -0");
		puts("+0");
		return 0;
	}
	d1 = x - x;
	d2 = difference(y, y);
	d3 = y + (-y);
	fesetround(FE_TONEAREST);
	printf("%s %s %s\n", sign(d1), sign(d2), sign(d3));
	printf("%s\n", sign(x - x));
#else
	puts("-0 -0 -0");
	puts("+0");
#endif
	return 0;
}
