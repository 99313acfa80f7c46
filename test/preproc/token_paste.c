// run
// Checks the ## operator: pasting identifiers and numbers into new tokens,
// pasting with an empty argument, operands of ## are not macro-expanded
// first, and pasted names are rescanned.

#include <stdio.h>

#define CAT(a, b) a ## b
#define XCAT(a, b) CAT(a, b)
#define FIELD(n) int field ## n
#define GETTER(name) static int get_ ## name(void) { return name; }
#define PREFIX pre
#define ten 10

static int alpha = 1, beta = 2;
GETTER(alpha)
GETTER(beta)

struct s {
	FIELD(1);
	FIELD(2);
};

int main(void)
{
	struct s v = { 5, 6 };
	int prefix = 42, PREFIXtty = 7;
	int CAT(, lonely) = 3;

	printf("%d %d\n", get_alpha(), get_beta());
	printf("%d %d\n", v.field1, v.CAT(fie, ld2));
	printf("%d\n", CAT(12, 34) + 1);
	printf("%d\n", CAT(PREFIX, tty));
	printf("%d\n", XCAT(PREFIX, fix));
	printf("%d\n", CAT(t, en));
	printf("%d\n", lonely);
	printf("%g\n", CAT(1.5e, 2));
	return 0;
}
