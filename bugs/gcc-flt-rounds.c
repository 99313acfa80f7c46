// run
// FLT_ROUNDS must give the rounding direction in effect, following
// fesetround() (C11 5.2.4.2.2p8 and its footnote): 0 toward zero, 1 to
// nearest, 2 upward, 3 downward. The <float.h> of gcc 11 and 12 defines it
// as the constant 1, next to a comment admitting that it ought to track
// fesetround; tcc 0.9.27's <float.h> defines it as 1 as well. Clang 13 to
// 22 report the direction that was set, and pass.
// bug: gcc 11-12, tcc
// gcc: no tracker entry: FLT_ROUNDS stays 1 after fesetround() selects toward zero, upward or downward
// tcc: no tracker entry: FLT_ROUNDS stays 1 after fesetround() selects toward zero, upward or downward

#include <fenv.h>
#include <float.h>
#include <stdio.h>

#pragma STDC FENV_ACCESS ON

static int rounds_under(int mode, int expect)
{
	int r;

	if (fesetround(mode) != 0)
		return expect;	/* the mode exists but cannot be set here */
	r = FLT_ROUNDS;
	fesetround(FE_TONEAREST);
	return r;
}

int main(void)
{
	printf("nearest %d\n", FLT_ROUNDS);
#ifdef FE_TOWARDZERO
	printf("toward zero %d\n", rounds_under(FE_TOWARDZERO, 0));
#else
	puts("toward zero 0");
#endif
#ifdef FE_UPWARD
	printf("upward %d\n", rounds_under(FE_UPWARD, 2));
#else
	puts("upward 2");
#endif
#ifdef FE_DOWNWARD
	printf("downward %d\n", rounds_under(FE_DOWNWARD, 3));
#else
	puts("downward 3");
#endif
	printf("nearest again %d\n", FLT_ROUNDS);
	return 0;
}
