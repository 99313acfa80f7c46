// run
// clang GH 31205: in "z * n" with z complex and n an int, the usual
// arithmetic conversions turn n into the corresponding REAL type only
// (C11 6.3.1.8p1), so each part of z is simply scaled. Clang promoted n
// to a complex number and did a full complex multiplication; for
// z = inf + 0i the imaginary part became inf*0 = NaN instead of 0.
// Fixed in clang 19. tcc has no _Complex.
// fixed: clang 19
// requires: gcc || clang

#include <complex.h>
#include <math.h>
#include <stdio.h>

#define NOINLINE __attribute__((noinline))

NOINLINE _Complex double
scale(_Complex double z, int n)
{
	// amd64:`cvtsi2sdl?`,`mulsd`
	return z * n;
}

int
main(int argc, char **argv)
{
	volatile double big = INFINITY;
	_Complex double w;

	(void)argv;
	w = scale(big, argc + 2);
	printf("%g %g\n", creal(w), cimag(w));
	return isnan(cimag(w));
}
