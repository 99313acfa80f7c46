// run
// Neither asm nor typeof is a keyword of C11 (6.4.1), and an extension may
// not change the meaning of a strictly conforming program (C11 4p6; J.5.10
// names asm as such an extension), so under -std=c11 both are ordinary
// identifiers. tcc 0.9.27 accepts them as a struct tag and a member name
// but not as the names of an object or a function. gcc 11 and 12 and clang
// 13 to 22 compile and run the program under -std=c11 -pedantic-errors.
// bug: tcc
// tcc: no tracker entry: under -std=c11 rejects typeof and asm naming an object or a function ("'(' expected", "identifier expected")

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
