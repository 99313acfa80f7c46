// run
// Checks the %g and %G conversions (C11 7.21.6.1p8): with P significant
// digits and decimal exponent X, style f is used when P > X >= -4 and
// style e otherwise; trailing zeros and a trailing point are removed
// unless '#' is given; precision 0 counts as 1. The values printed are
// never exact ties at the rounding digit.

#include <stdio.h>

int main(void)
{
	printf("%g %g\n", 123456.0, 1234567.0);
	printf("%g %g\n", 0.000125, 0.0000625);
	printf("%.2g %.2g\n", 0.5, 1500.0);
	printf("%#g %#.3g\n", 0.5, 1.0);
	printf("%.0g %.0g\n", 8.0, 12.0);
	printf("%g %g\n", 100.0, -0.0);
	printf("[%10.3g] [%-10g]\n", 3.25, 0.1875);
	printf("%G\n", 0.00000095367431640625);
	printf("%g %G\n", 1e15, 1e-10);
	printf("%g\n", 123456789.0);
	printf("%.10g %.17g\n", 0.1, 0.1);
	printf("%g %g\n", 1.0 / 3, 2.0 / 3);
	printf("%#.0g %#g\n", 8.0, 1e-5);
	printf("%+g % g\n", 42.0, 42.0);
	printf("%08g|%-8g|\n", -2.5, 2.5);
	return 0;
}
