// run
// Checks the _Pragma operator (C11 6.10.9) where a macro builds its string
// with # and the pragma lands in the middle of a line: the standard
// pragmas FP_CONTRACT, FENV_ACCESS and CX_LIMITED_RANGE (C11 6.10.6p2)
// given that way at file scope and at the start of compound statements
// are accepted and leave exact results alone; a _Pragma inside the
// operand of # is only spelled, not performed; and an unknown pragma
// (ignored, C11 6.10.6p1) between two statements on one line disturbs
// neither.

#include <stdio.h>

#define STR(x) #x
#define PRAGMA(x) _Pragma(#x)
#define STDC_PRAGMA(name, state) PRAGMA(STDC name state)
#define BLOCK(body) { STDC_PRAGMA(FP_CONTRACT, OFF) body }

STDC_PRAGMA(FP_CONTRACT, ON)
STDC_PRAGMA(FENV_ACCESS, OFF)

static double fused(double a, double b, double c)
{
	STDC_PRAGMA(FP_CONTRACT, DEFAULT)
	return a * b + c;
}

int main(void)
{
	STDC_PRAGMA(CX_LIMITED_RANGE, ON)
	double r = 0;
	int n = 0;

	printf("%s\n", STR(_Pragma("STDC FP_CONTRACT OFF")));
	printf("%s\n", STR(PRAGMA(STDC FENV_ACCESS ON)));
	BLOCK(r = fused(0.5, 4.0, 1.0);)
	printf("%.1f\n", r);
	n++; PRAGMA(unknown_to_everyone on) n++;
	printf("%d\n", n);
	for (int i = 0; i < 3; i++) BLOCK(n += i;)
	printf("%d\n", n);
	return 0;
}
