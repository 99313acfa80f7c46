// run
// Checks mutually recursive functions declared before use, here a small
// recursive-descent evaluator for expressions with + - * and parentheses.

#include <stdio.h>

static const char *src;

static long expr(void);

static long primary(void)
{
	long v = 0;

	if (*src == '(') {
		src++;
		v = expr();
		src++;
		return v;
	}
	if (*src == '-') {
		src++;
		return -primary();
	}
	while (*src >= '0' && *src <= '9')
		v = v * 10 + (*src++ - '0');
	return v;
}

static long term(void)
{
	long v = primary();

	while (*src == '*') {
		src++;
		v *= primary();
	}
	return v;
}

static long expr(void)
{
	long v = term();

	while (*src == '+' || *src == '-') {
		char op = *src++;

		if (op == '+')
			v += term();
		else
			v -= term();
	}
	return v;
}

static long eval(const char *s)
{
	src = s;
	return expr();
}

static int is_even(unsigned n);

static int is_odd(unsigned n)
{
	return n == 0 ? 0 : is_even(n - 1);
}

static int is_even(unsigned n)
{
	return n == 0 ? 1 : is_odd(n - 1);
}

int main(void)
{
	printf("%ld\n", eval("1+2*3"));
	printf("%ld\n", eval("(1+2)*3"));
	printf("%ld\n", eval("10-4-3"));
	printf("%ld\n", eval("2*(3+4)*-5"));
	printf("%ld\n", eval("((((7))))"));
	printf("%d %d\n", is_even(10), is_odd(7));
	printf("%d %d\n", is_even(3), is_odd(0));
	return 0;
}
