// run
// C11 6.4.2.1 lets an identifier contain universal character names for
// the characters of Annex D, and 6.4.3 makes \u00e9 and \U000000E9 spell
// the same character, so they name the same identifier, distinct from the
// plain ASCII spelling. gcc 11 and 12 and clang 13 to 22 pass.
// bug: tcc
// tcc: no tracker entry: rejects the identifier caf\u00e9 with "stray '\' in program"

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
