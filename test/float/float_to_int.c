// run
// Checks conversion from floating to integer types (C11 6.3.1.4p1): the
// fraction is discarded (truncation toward zero) when the integral part
// fits, including into unsigned types from (-1, MAX+1); and the rounding
// functions of <math.h> (7.12.9): trunc, floor, ceil, round and lround
// (halves away from zero), rint, lrint and nearbyint (the default
// rounding mode, to nearest with ties to even), modf, fmod, remainder.

#include <stdio.h>
#include <math.h>
#include <limits.h>

_Static_assert(INT_MIN == -2147483647 - 1, "a 32-bit int is assumed");

int main(void)
{
	double vals[] = { 2.75, -2.75, -0.5, 0.9999, 2.5, -2.5, 3.5 };
	double ip, big = 1e18, lo = -2147483648.0, hi = 2147483647.9;
	double neg = -0.75, u = 3.99, uc = 255.9;
	float f = 16777215.0f;
	int i;

	for (i = 0; i < 7; i++)
		printf("%g: int %d trunc %g floor %g ceil %g"
			" round %g rint %g\n",
			vals[i], (int)vals[i], trunc(vals[i]), floor(vals[i]),
			ceil(vals[i]), round(vals[i]), rint(vals[i]));
	printf("%lld %d %d\n", (long long)big, (int)lo, (int)hi);
	printf("%u %u %d\n", (unsigned)neg, (unsigned)u, (unsigned char)uc);
	printf("%d\n", (int)f);
	printf("%ld %ld %ld %ld\n", lround(-2.5), lround(2.5), lrint(2.5),
		lrint(-3.5));
	printf("%lld\n", llround(1e15 + 0.5));
	printf("%.1f %.1f\n", nearbyint(-0.5), nearbyint(1.5));
	printf("%.2f ", modf(-3.25, &ip));
	printf("%.1f\n", ip);
	printf("%.1f %.1f\n", fmod(-7.5, 2), remainder(7.5, 2));
	return 0;
}
