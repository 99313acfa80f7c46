// run
// GCC PR 34678: #pragma STDC FENV_ACCESS is not implemented, so at -O2 a
// division is moved across the fesetround() calls or merged with the same
// division done under another rounding mode, and 1.0/3.0 comes out the
// same rounded upward and downward. With FENV_ACCESS ON (C11 7.6.1) each
// division must use the rounding direction in effect where it is written.
// Still open in GCC; clang and tcc print the right answer here.
// bug: gcc 11-12

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
