// run
// Checks function pointers: tables of them, passing and returning them,
// calling through (*fp)() and fp(), and comparing them.

#include <stdio.h>

typedef int (*unary)(int);

static int inc(int x) { return x + 1; }
static int dbl(int x) { return x * 2; }
static int neg(int x) { return -x; }

static int apply_n(unary f, int n, int x)
{
	while (n-- > 0)
		x = f(x);
	return x;
}

static unary pick(char op)
{
	switch (op) {
	case '+':
		return inc;
	case '*':
		return dbl;
	default:
		return neg;
	}
}

static int (*pick_raw(int i))(int)
{
	static int (*const table[])(int) = { inc, dbl, neg };

	return table[i];
}

int main(void)
{
	unary ops[] = { inc, dbl, neg, &inc };
	const char *prog = "+*+-*";
	int x = 1, i;

	for (i = 0; i < 4; i++)
		printf("%d ", ops[i](10));
	printf("\n");
	printf("%d\n", (*ops[1])(21));
	printf("%d\n", apply_n(dbl, 10, 1));
	for (i = 0; prog[i]; i++)
		x = pick(prog[i])(x);
	printf("%d\n", x);
	printf("%d\n", pick_raw(2)(5));
	printf("%d %d\n", ops[0] == ops[3], ops[0] == ops[1]);
	printf("%d\n", pick('?') == neg);
	return 0;
}
