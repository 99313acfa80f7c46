// run
// Checks floating arithmetic on exactly representable values and the
// conversions between floating and integer types (truncation toward zero).

#include <stdio.h>

int main(void)
{
	double h = 0.5, q = 0.25;
	float f = 3.75f;
	double big = 1048576.0;
	int i;

	printf("%d\n", h + q == 0.75);
	printf("%d\n", h * h == q);
	printf("%d\n", (int)3.99);
	printf("%d\n", (int)-3.99);
	printf("%d\n", (int)f);
	printf("%ld\n", (long)(big * big));
	printf("%d\n", (double)(float)0.5 == 0.5);
	printf("%d\n", 1.0 / 8 == 0.125);
	printf("%d\n", 7 / 2 == 3 && 7 / 2.0 == 3.5);
	i = 10;
	printf("%d\n", i / 4.0 == 2.5);
	printf("%d\n", (unsigned char)255.0 == 255);
	printf("%d\n", 0.0 == -0.0);
	printf("%d\n", 1e3 == 1000 && 0x1p4 == 16.0);
	printf("%d\n", 2.5f < 2.75);
	return 0;
}
