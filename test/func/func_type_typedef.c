// run
// Checks typedefs of function types and of pointers to them (C11 6.7.8,
// 6.7.6.3p8): a function type typedef declares functions and, with *,
// pointers; a parameter of function type is adjusted to a pointer, so
// both spellings accept the same arguments; a function designator
// converts to a pointer (6.3.2.1p4), so f, &f and *f all call alike; and
// a struct of such pointers acts as an interface.

#include <stdio.h>

typedef int binop(int, int);
typedef binop *binop_ptr;

binop add, sub;

int
add(int a, int b)
{
	return a + b;
}

int
sub(int a, int b)
{
	return a - b;
}

static int
fold(binop f, const int *v, int n, int init)
{
	int acc = init, i;

	for (i = 0; i < n; i++)
		acc = f(acc, v[i]);
	return acc;
}

static int
fold_ptr(binop_ptr f, const int *v, int n, int init)
{
	return fold(f, v, n, init);
}

struct ops {
	binop *combine;
	binop_ptr undo;
	const char *name;
};

int main(void)
{
	static const int v[] = { 1, 2, 3, 4 };
	binop *p = add;
	binop_ptr q = &sub;
	struct ops arith = { add, sub, "arith" };

	printf("%d %d\n", fold(add, v, 4, 0), fold_ptr(sub, v, 4, 100));
	printf("%d %d %d\n", p(2, 3), (*q)(2, 3), (**p)(4, 4));
	printf("%d %d\n", (&add)(1, 1), (*add)(2, 2));
	printf("%s %d\n", arith.name, arith.undo(arith.combine(10, 5), 5));
	printf("%d\n", _Generic(add, binop *: 1, default: 0));
	printf("%d\n", _Generic(&add, int (*)(int, int): 1, default: 0));
	return 0;
}
