// run
// Checks that _Generic selects on the type of the controlling expression
// after lvalue conversion (C11 6.5.1.1p2, 6.3.2.1): top-level const and
// volatile are dropped, arrays and functions decay to pointers, but the
// qualifiers of a pointed-to type are kept, so an association naming a
// qualified non-pointer type can never be chosen.

#include <stdio.h>

#define KIND(x) _Generic((x), \
	int: "int", \
	const int: "const int", \
	volatile int: "volatile int", \
	int *: "int *", \
	const int *: "const int *", \
	volatile int *: "volatile int *", \
	int **: "int **", \
	int (*)[4]: "int (*)[4]", \
	int (*)(void): "int (*)(void)", \
	default: "other")

static int seven(void)
{
	return 7;
}

static const char *param(int a[4], const int b[])
{
	return _Generic(a, int *: _Generic(b, const int *: "decayed", default: "b?"),
		default: "a?");
}

int main(void)
{
	int i = 1;
	const int ci = 2;
	volatile int vi = 3;
	const volatile int cvi = 4;
	int *const cp = &i;
	const int *pc = &ci;
	volatile int *pv = &vi;
	int a[4] = { 0 };
	int m[3][4];
	int *ptrs[2] = { &i, &i };

	printf("i: %s\n", KIND(i));
	printf("ci: %s\n", KIND(ci));
	printf("vi: %s\n", KIND(vi));
	printf("cvi: %s\n", KIND(cvi));
	printf("cp: %s\n", KIND(cp));
	printf("pc: %s\n", KIND(pc));
	printf("pv: %s\n", KIND(pv));
	printf("&ci: %s\n", KIND(&ci));
	printf("a: %s\n", KIND(a));
	printf("&a: %s\n", KIND(&a));
	printf("m: %s\n", KIND(m));
	printf("m[1]: %s\n", KIND(m[1]));
	printf("ptrs: %s\n", KIND(ptrs));
	printf("seven: %s\n", KIND(seven));
	printf("&seven: %s\n", KIND(&seven));
	printf("*seven: %s\n", KIND(*seven));
	printf("seven(): %s\n", KIND(seven()));
	printf("(const int)i: %s\n", KIND((const int)i));
	printf("params: %s\n", param(a, a));
	(void)cvi;
	return 0;
}
