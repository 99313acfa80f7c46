// run
// Checks printf precision: minimum digits for integers (with %.0d of 0
// printing nothing), maximum characters for strings, digits after the
// point for %f, and '*' precision. Exact ties (2.5, 3.5, 0.25) round to
// even, as correct rounding in the default rounding mode requires.

#include <stdio.h>

int main(void)
{
	const char *s = "precision";

	printf("[%.5d]\n", 42);
	printf("[%.5d]\n", -42);
	printf("[%8.5d]\n", 42);
	printf("[%.0d]\n", 0);
	printf("[%5.0d]\n", 0);
	printf("[%.3s]\n", s);
	printf("[%.20s]\n", s);
	printf("[%6.2s]\n", s);
	printf("[%.*s]\n", 4, s);
	printf("[%.*d]\n", 3, 7);
	printf("[%.*d]\n", -1, 7);
	printf("[%.0f]\n", 2.5);
	printf("[%.0f]\n", 3.5);
	printf("[%.2f]\n", 1.0);
	printf("[%.3f]\n", 0.125);
	printf("[%.1f]\n", 0.25);
	printf("[%.4x]\n", 0xabu);
	printf("[%.s]\n", s);
	return 0;
}
