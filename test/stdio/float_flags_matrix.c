// run
// Checks every combination of the flags '-', '+', ' ', '#' and '0' on
// %9.2f, %11.1e and %9.3g for a positive, a negative and a zero value
// (C11 7.21.6.1p6): the same sign, padding and justification rules as
// for integers, plus '#' keeping the point and trailing zeros of %g.
// The format strings are built at run time; values are exact in binary
// and never ties at the rounding digit.

#include <stdio.h>
#include <string.h>

static void
build(char *fmt, const char *flags, unsigned mask, const char *conv)
{
	size_t i, n = 0;

	fmt[n++] = '%';
	for (i = 0; flags[i]; i++)
		if (mask & (1u << i))
			fmt[n++] = flags[i];
	strcpy(fmt + n, conv);
}

int main(void)
{
	static const char *const convs[] = { "9.2f", "11.1e", "9.3g" };
	static const double vals[] = { 3.3125, -0.5, 0.0 };
	char fmt[16];
	unsigned mask;
	int c, i;

	for (c = 0; c < 3; c++) {
		for (mask = 0; mask < 32; mask++) {
			build(fmt, "-+ #0", mask, convs[c]);
			printf("%-11s", fmt);
			for (i = 0; i < 3; i++) {
				printf("[");
				printf(fmt, vals[i]);
				printf("]");
			}
			printf("\n");
		}
	}
	return 0;
}
