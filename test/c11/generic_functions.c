// run
// Checks _Generic with function designators (C11 6.5.1.1, 6.3.2.1p4): a
// function name decays to a pointer to function, so associations name
// pointer-to-function types, which are told apart by their return and
// parameter types; the selected function designator can be called, and a
// _Generic can itself appear as the function in a call.

#include <stdio.h>

static int neg(int x) { return -x; }
static int twice(int x) { return 2 * x; }
static long widen(long x) { return x * 1000; }
static double halve(double x) { return x / 2; }
static void hello(void) { puts("hello"); }
static int sum3(int a, int b, int c) { return a + b + c; }

#define SIG(f) _Generic((f), \
	int (*)(int): "int(int)", \
	long (*)(long): "long(long)", \
	double (*)(double): "double(double)", \
	void (*)(void): "void(void)", \
	int (*)(int, int, int): "int(int,int,int)", \
	default: "other")

#define APPLY(x) _Generic((x), int: twice, long: widen, double: halve)(x)

int main(void)
{
	int (*fp)(int) = neg;
	int (*table[2])(int) = { neg, twice };
	int (**tp)(int) = table;

	printf("%s %s %s\n", SIG(neg), SIG(widen), SIG(halve));
	printf("%s %s %s\n", SIG(hello), SIG(sum3), SIG(&sum3));
	printf("%s %s %s\n", SIG(fp), SIG(*fp), SIG(table[1]));
	printf("%s %s\n", SIG(table), SIG(tp));
	printf("%d %ld %.2f\n", APPLY(21), APPLY(5L), APPLY(3.0));
	printf("%d\n", _Generic(1.0f, float: neg, default: twice)(8));
	printf("%d\n", _Generic(fp, int (*)(int): fp, default: twice)(9));
	_Generic(&hello, void (*)(void): hello)();
	printf("%d\n", _Generic(sum3, int (*)(int, int, int): sum3)(1, 2, 3));
	return 0;
}
