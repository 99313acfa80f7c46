// run
// Checks hexadecimal floating constants (C11 6.4.4.2) and the %a and %A
// conversions (7.21.6.1p8): a normalized value prints with one nonzero
// hex digit before the point (the C library here uses 1, as glibc and
// most libraries do), exact hex digits after it, and a binary exponent.
// Precision rounds the hex digits; strtod reads the output back exactly.

#include <stdio.h>
#include <stdlib.h>
#include <float.h>

int main(void)
{
	static const double vals[] = { 1.0, 0.5, 3.0, 10.0, -0.1, 255.0,
		DBL_MAX, DBL_MIN, 0x1.23456789abcdep-500 };
	char buf[64];
	int i, same = 0;

	printf("%a %a %a %a\n", 1.0, 0.5, 3.0, 10.0);
	printf("%a\n", -0.1);
	printf("%A\n", 255.0);
	printf("%a %a\n", DBL_MAX, DBL_MIN);
	printf("%a\n", 0.0);
	printf("%.2a %.1a %.0a\n", 1.0, 1.0390625, 1.25);
	printf("%a\n", (double)0.75f);
	printf("[%12a] [%-12a] [%+a]\n", 2.0, 2.0, 2.0);
	printf("%d %d %d\n", 0x1p-2 == 0.25, 0x.8p1 == 1.0, 0xAp0 == 10.0);
	printf("%d %d\n", 0x1.fffffep127f == FLT_MAX, 0x1p-1022 == DBL_MIN);
	printf("%g %g\n", strtod("0x1.8p1", NULL), strtod("-0X10P-4", NULL));
	for (i = 0; i < 9; i++) {
		snprintf(buf, sizeof buf, "%a", vals[i]);
		same += strtod(buf, NULL) == vals[i];
	}
	printf("%d\n", same);
	return 0;
}
