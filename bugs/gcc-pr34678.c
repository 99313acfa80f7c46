// run
// With FENV_ACCESS ON (C11 7.6.1) each division must use the rounding
// direction in effect where it is written, so 1.0/3.0 rounded upward must
// be greater than 1.0/3.0 rounded downward. gcc 11 and 12 ignore the
// pragma (-Wall says so) and at -O1 and -O2 print equal quotients for the
// three directions: at -O2 the divisions are done at compile time, in
// round-to-nearest. Adding -frounding-math does not change the output;
// at -O0 they pass. Clang 13 to 22 and tcc 0.9.27 pass.
// bug: gcc 11-12
// gcc: gcc PR 34678: at -O1 and -O2 1.0/3.0 comes out the same rounded upward, downward and to nearest, with or without -frounding-math

#include <fenv.h>
#include <stdio.h>

#pragma STDC FENV_ACCESS ON

#if defined(FE_UPWARD) && defined(FE_DOWNWARD)

static double quotient(int mode, double num, double den)
{
	double q;

	fesetround(mode);
	q = num / den;
	fesetround(FE_TONEAREST);
	return q;
}

int main(void)
{
	double one = 1.0, three = 3.0, up, down, near;

	fesetround(FE_UPWARD);
	up = one / three;
	fesetround(FE_DOWNWARD);
	down = one / three;
	fesetround(FE_TONEAREST);
	near = one / three;
	printf("%d %d %d\n", up > down, up >= near, near >= down);
	printf("%d\n", quotient(FE_UPWARD, one, three) >
		quotient(FE_DOWNWARD, one, three));
	return 0;
}

#else

/* Without directed rounding modes there is nothing to check. */
int main(void)
{
	puts("1 1 1");
	puts("1");
	return 0;
}

#endif
