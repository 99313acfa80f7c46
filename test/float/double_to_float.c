// run
// Checks conversions between double and float (C11 6.3.1.5): a value
// float represents exactly is unchanged, float to double is always
// exact, and an in-range value between two floats rounds to the nearest
// one, ties to even (Annex F.4, F.5); int to float rounds the same way
// (6.3.1.4p2). Assignment to a float object discards extra precision
// (5.1.2.3p12), so stored sums compare as float arithmetic.

#include <stdio.h>
#include <float.h>
#include <limits.h>

_Static_assert(INT_MAX == 2147483647, "a 32-bit int is assumed");

int main(void)
{
	double exact[] = { 0.375, 16777216.0, -1.5, 0x1.fffffep127, 0x1p-149 };
	double tenth = 0.1, third = 1.0 / 3, tiny = 0x1p-30;
	int big = 16777217, odd = 16777219, imax = INT_MAX;
	float a = 0.1f, b = 0.2f, s;
	int i, same = 0;

	for (i = 0; i < 5; i++)
		same += (double)(float)exact[i] == exact[i];
	printf("%d\n", same);
	printf("%d %d\n", (float)tenth == tenth, (double)0.1f == 0.1f);
	printf("%.9g %.17g\n", (double)(float)tenth, (double)(float)tenth);
	printf("%.9g\n", (double)(float)third);
	printf("%a\n", (double)(float)tenth);
	printf("%d %d\n", (float)(1.0 + tiny) == 1.0f,
		(float)(1.0 + 0x1p-23) > 1.0f);
	printf("%.1f %.1f\n", (double)(float)big, (double)(float)odd);
	printf("%.1f\n", (double)(float)imax);
	s = a + b;
	printf("%d %.9g\n", s == 0.3f, (double)s);
	printf("%.9g\n", (double)(float)3.14159265358979);
	printf("%d\n", (float)FLT_MAX == FLT_MAX);
	return 0;
}
