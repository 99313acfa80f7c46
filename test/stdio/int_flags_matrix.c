// run
// Checks every combination of the flags '-', '+', ' ' and '0' on %6d for
// a positive, a negative and a zero value, and of '-', '#' and '0' on
// %8x (C11 7.21.6.1p6): '-' beats '0', '+' beats ' ', '0' pads after the
// sign or the 0x prefix, and ' ' puts a space where '+' would put a
// plus. The format strings are built at run time.

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
	static const int vals[] = { 42, -42, 0 };
	char fmt[16];
	unsigned mask;
	int i;

	for (mask = 0; mask < 16; mask++) {
		build(fmt, "-+ 0", mask, "6d");
		printf("%-8s", fmt);
		for (i = 0; i < 3; i++) {
			printf("[");
			printf(fmt, vals[i]);
			printf("]");
		}
		printf("\n");
	}
	for (mask = 0; mask < 8; mask++) {
		build(fmt, "-#0", mask, "8x");
		printf("%-8s[", fmt);
		printf(fmt, 255u);
		printf("]\n");
	}
	return 0;
}
