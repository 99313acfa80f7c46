// run
// Checks the %f and %F conversions (C11 7.21.6.1p8): precision digits
// after the point with correct rounding (7.21.6.1p13) of values that are
// not ties at the cut, a negative value rounding to zero keeping its
// '-', '#' keeping the point, the flags with widths, infinities printed
// as inf/INF and padded with spaces even with '0', and %Lf and %lf.

#include <stdio.h>
#include <math.h>

int main(void)
{
	printf("%f %.2f %.2f\n", 0.3125, 0.3125, 0.6875);
	printf("%.3f %+.1f\n", -2.0703125, 2.875);
	printf("[%8.3f] [%-8.3f] [% .2f]\n", 3.5, 3.5, 1.25);
	printf("[%08.2f] [%+08.2f]\n", -3.25, 3.25);
	printf("%#.0f %.0f %.0f %.0f\n", 7.0, 7.75, -0.25, 0.75);
	printf("%f\n", 1e20);
	printf("%.10f %.20f\n", 0.1, 0.1);
	printf("[%*.*f]\n", 9, 3, 0.5);
	printf("%F %f [%5.1f] [%05f] [%-6F]\n", INFINITY, -INFINITY, INFINITY,
		INFINITY, INFINITY);
	printf("%Lf %lf\n", 0.5L, 2.5);
	printf("%.1f %.1f\n", 1e15 + 0.375, -1e15 - 0.625);
	printf("%.3f\n", 1.0 / 3);
	return 0;
}
