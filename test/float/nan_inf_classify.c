// run
// Checks the classification macros of <math.h> (C11 7.12.3) on zero,
// subnormal, normal, infinite and NaN values of double and float; NaN
// comparing unequal even to itself and unordered with everything
// (7.12.14), signed zeros that compare equal, infinities beyond DBL_MAX,
// fmax ignoring a NaN, and inf printed by %f (7.21.6.1p8). The macros
// only promise nonzero for true, so results are normalised with !!.
// A float subnormal becomes a normal double when passed to kind().

#include <stdio.h>
#include <math.h>
#include <float.h>

static const char *kind(double x)
{
	switch (fpclassify(x)) {
	case FP_ZERO:
		return "zero";
	case FP_SUBNORMAL:
		return "subnormal";
	case FP_NORMAL:
		return "normal";
	case FP_INFINITE:
		return "infinite";
	case FP_NAN:
		return "nan";
	}
	return "?";
}

int main(void)
{
	double vals[] = { 0.0, -0.0, DBL_MIN / 4, DBL_MIN, 1.0, DBL_MAX,
		INFINITY, -INFINITY, NAN };
	double n = NAN, inf = INFINITY;
	float nf = NAN, sf = FLT_MIN / 2;
	int i;

	for (i = 0; i < 9; i++)
		printf("%-9s nan %d inf %d finite %d normal %d\n",
			kind(vals[i]), !!isnan(vals[i]), !!isinf(vals[i]),
			!!isfinite(vals[i]), !!isnormal(vals[i]));
	printf("%d %d %d\n", !!isnan(nf), !!isinf(HUGE_VALF), !!isnormal(sf));
	printf("%d %s\n", fpclassify(sf) == FP_SUBNORMAL, kind(sf));
	printf("%d %d %d %d\n", n != n, n == n, n < 1.0, n > 1.0);
	printf("%d %d %d\n", !!isunordered(n, 1.0), !!isless(n, 1.0),
		!!isgreaterequal(n, n));
	printf("%d %d %d\n", -0.0 == 0.0, !!signbit(-0.0), !!signbit(0.0));
	printf("%d %d\n", inf > DBL_MAX, -inf < -DBL_MAX);
	printf("%d %d\n", inf + inf == inf, !!isnan(inf - inf));
	printf("%d %d\n", !!isnan(0.0 * inf), 1.0 / inf == 0.0);
	printf("%g %g\n", fmax(n, 1.0), fmin(2.0, n));
	printf("%f %f %d\n", inf, -inf, HUGE_VAL == inf);
	printf("%f\n", fabs(copysign(NAN, -1.0)));
	return 0;
}
