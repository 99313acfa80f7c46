// run -fwrapv
// clang GH 45794: with -fwrapv signed overflow wraps, so abs(INT_MIN)
// yields INT_MIN and "abs(x) < 0" is true for that one input. Clang
// still emitted abs as poison on INT_MIN and folded the test to a
// constant 0. Since clang 18 clang honours -fwrapv for abs/__builtin_abs.
// fixed: clang 18

#include <limits.h>
#include <stdio.h>

#define NOINLINE __attribute__((noinline))
#include <stdlib.h>

NOINLINE int
went_negative(int v)
{
	// amd64:`\bret`,-`\bcall\b`
	return abs(v) < 0;
}

int
main(int argc, char **argv)
{
	volatile int lowest = INT_MIN;
	int hits = 0;

	(void)argv;
	hits += went_negative(lowest);
	hits += went_negative(-argc);
	hits += went_negative(argc);
	printf("%d\n", hits);
	return hits == 1 ? 0 : 1;
}
