// run
// Checks <math.h> functions on arguments whose results are exact, and
// that the program links against libm (the driver passes -lm).

#include <stdio.h>
#include <math.h>

int main(int argc, char **argv)
{
	volatile double two = argc + 1.0;
	double ip, frac;

	(void)argv;
	printf("%.1f %.1f\n", sqrt(16.0), sqrt(two * 8.0));
	printf("%.1f %.1f %.1f %.1f\n", floor(-2.5), ceil(-2.5), floor(2.5), ceil(2.5));
	printf("%.2f %.1f\n", fabs(-3.25), fmod(7.5, two));
	printf("%.1f %.1f\n", round(2.5), trunc(-2.7));
	printf("%.1f\n", pow(two, 10.0));
	printf("%.3f\n", ldexp(1.0, -3));
	frac = modf(5.75, &ip);
	printf("%.2f %.1f\n", frac, ip);
	printf("%.1f %.1f\n", fmax(two, 3.0), fmin(two, 3.0));
	printf("%.1f\n", hypot(3.0, 4.0));
	printf("%d %d\n", isnan(NAN) != 0, isinf(HUGE_VAL) != 0);
	printf("%d\n", signbit(-0.0) != 0);
	printf("%.1f\n", exp(0.0) + log(1.0));
	return 0;
}
