// run
// llvm GH 177467: with FENV_ACCESS ON and the rounding direction set
// downward, x - x and x + (-x) must be -0 (C11 F.3 and IEC 60559: an exact
// zero sum of opposite signs is -0 under roundTowardNegative), but LLVM's
// constant folder folds them to +0 once x is a known constant, ignoring
// the dynamic rounding mode. Clang 14 gets it right only at -O0; the fix
// (llvm PR 184919) was still under review in 2026. GCC fails as well,
// because it does not implement FENV_ACCESS at all (GCC PR 34678); tcc
// passes.
// bug: gcc 11-12, clang 13-22

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
