// run
// The usual arithmetic conversions apply to the second and third operands
// of a conditional expression (C11 6.5.15p5), so c ? 0 : 1U has type
// unsigned int and (c ? 0 : 1U) - 1 is UINT_MAX. tcc 0.9.27 gives the
// type int when both operands are the constants 0 or 1, one of them
// unsigned; other constant pairs (c ? 0 : 2U) and non-constant operands
// get the right type. gcc 11 and 12 and clang 13 to 22 pass.
// bug: tcc
// tcc: no tracker entry: gives c ? 0 : 1U and c ? 1 : 1U the type int, so (c ? 0 : 1U) - 1 is -1 instead of UINT_MAX

#include <stdio.h>

#define TYPE(e) _Generic((e), int: "int", unsigned: "unsigned", \
	long: "long", unsigned long: "unsigned long", default: "other")

int main(void)
{
	int yes = 1, no = 0;
	unsigned one = 1;

	printf("%s %s %s\n", TYPE(yes ? 0 : 1U), TYPE(no ? 1U : 0),
		TYPE(yes ? 1 : 1U));
	printf("%s %s %s\n", TYPE(yes ? 0 : 2U), TYPE(yes ? 0 : one),
		TYPE(yes ? 0 : 1L));
	printf("%d\n", (yes ? 0 : 1U) - 1 > 0);
	printf("%d\n", (no ? 0U : 1) - 2 > 0);
	printf("%d\n", (yes ? 1 : 0U) / 2 - 1 > 0);
	printf("%d\n", (yes ? 0 : one) - 1 > 0);
	return 0;
}
