// run
// Checks that the _Pragma operator can be produced by a macro, and that
// standard (STDC) pragmas and unknown pragmas are accepted without effect
// on the program's output.

#include <stdio.h>

#define DO_PRAGMA(x) _Pragma(#x)
#define STDC_PRAGMA(x) DO_PRAGMA(STDC x)

_Pragma("STDC FP_CONTRACT OFF")
STDC_PRAGMA(FENV_ACCESS OFF)
#pragma STDC CX_LIMITED_RANGE OFF

static int value(void)
{
	DO_PRAGMA(rundriver_test_unknown_pragma)
	return 5;
}

int main(void)
{
	_Pragma("rundriver another unknown pragma")
	printf("%d\n", value());
	printf("%s\n", "after pragmas");
	return 0;
}
