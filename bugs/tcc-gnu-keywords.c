// run
// tcc 0.9.27 keeps its extension keywords asm and typeof reserved under
// -std=c11, so a program using them as ordinary identifiers fails to
// compile ("'(' expected", "identifier expected"). Neither is a keyword of
// C11 (6.4.1), and an extension may not change the meaning of a strictly
// conforming program (C11 4p6; J.5.10 names asm as such an extension).
// GCC and clang drop both keywords in their ISO modes.
// bug: tcc

#include <stdio.h>

struct typeof {
	int asm;
};

static int typeof = 2;

static int asm(int x)
{
	return x * 10;
}

int main(void)
{
	struct typeof t = { 4 };

	printf("%d %d %d\n", typeof, t.asm, asm(typeof + t.asm));
	return 0;
}
