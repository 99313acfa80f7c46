// run
// Checks the %e and %E conversions (C11 7.21.6.1p8): one digit before
// the point, precision digits after it (6 by default, none and no point
// for .0 unless '#'), an exponent of at least two digits, width, '-',
// '0', '+' and ' ' flags, and correct rounding (7.21.6.1p13) of values
// whose decimal expansions are never an exact tie at the cut.

#include <stdio.h>
#include <float.h>

int main(void)
{
	printf("%e\n", 1.0);
	printf("%.0e %#.0e\n", 3.0, 3.0);
	printf("%.3e\n", 1048576.0);
	printf("%e\n", 0.0009765625);
	printf("%E\n", -0.15625);
	printf("[%12.2e] [%-12.1e]\n", 250.0, 0.75);
	printf("[%010.3e] [%+.2e] [% .1e]\n", 12.5, 0.0, 65536.0);
	printf("%e\n", -0.0);
	printf("%e %e\n", 1e100, 1e-300);
	printf("%.10e\n", 1.0 / 3);
	printf("%.15e\n", 0.1);
	printf("%.20e\n", 0.1);
	printf("%e\n", DBL_MAX);
	printf("%Le\n", 0.5L);
	printf("%.2E\n", 123456.0);
	return 0;
}
