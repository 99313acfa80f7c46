// run
// Checks the implicit conversions at function boundaries: arguments to
// prototyped parameters convert as if by assignment (C11 6.5.2.2p7), a
// return value converts to the function's return type (6.8.6.4p3), and a
// call without a prototype applies the default argument promotions
// (6.5.2.2p6), turning a float into the double the definition expects.

#include <stdio.h>

static unsigned char low_byte(unsigned char c)
{
	return c;
}

static double half(double d)
{
	return d / 2;
}

static int truncated(double d)
{
	return d;
}

static long long widened(int x)
{
	return x;
}

static float narrowed(double d)
{
	return d;
}

static _Bool truth(double d)
{
	return d;
}

static double twice();

int main(void)
{
	int v = 511;
	float f = 1.25f;
	char ch = 'A';
	double frac = 3.99;
	int i = frac;
	double d = 7 / 2;

	printf("%d\n", low_byte(v));
	printf("%.1f\n", half(7));
	printf("%d %d\n", truncated(-7.9), truncated(7.9));
	printf("%lld\n", widened(-5) * 1000000000000LL);
	printf("%.2f\n", narrowed(0.75));
	printf("%d %d\n", truth(0.25), truth(0.0));
	printf("%.2f\n", twice(f, ch));
	printf("%d %.1f\n", i, d);
	return 0;
}

static double twice(x, c)
	double x;
	int c;
{
	return 2 * x + (c == 'A');
}
