// run
// tcc 0.9.27 rejects universal character names in identifiers ("stray
// '\' in program"). C11 6.4.2.1 lets an identifier contain UCNs for the
// characters of Annex D, and 6.4.3 makes \u00e9 and \U000000E9 spell the
// same character, so they name the same identifier, distinct from the
// plain ASCII spelling.
// bug: tcc

#include <stdio.h>

static int caf\u00e9 = 3;
static int cafe = 40;

static int \u03bb_sum(int \u03b1, int \u03b2)
{
	return \u03b1 + \u03b2;
}

int main(void)
{
	caf\U000000E9 += 2;
	printf("%d %d\n", caf\u00e9, cafe);
	printf("%d\n", \u03bb_sum(caf\u00e9, cafe));
	return 0;
}
