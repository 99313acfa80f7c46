// run
// Checks %f %e %E %g %G on exactly representable values, so every
// digit printed is exact and the same with any correct C library.

#include <stdio.h>

int main(void)
{
	printf("%f\n", 1.5);
	printf("%f\n", -0.0625);
	printf("%e\n", 1024.0);
	printf("%E\n", 0.375);
	printf("%.2e\n", 12.5);
	printf("%e\n", 0.0);
	printf("%g\n", 100000.0);
	printf("%g\n", 1000000.0);
	printf("%g\n", 0.0001);
	printf("%g\n", 0.00001);
	printf("%g\n", 2.5);
	printf("%G\n", 0.00000762939453125);
	printf("%.3g\n", 1234.0);
	printf("%g %g\n", 0.5, -8.0);
	printf("%.1f %.1f\n", 1e15, -1e15);
	printf("%f\n", (double)3.75f);
	return 0;
}
