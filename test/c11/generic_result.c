// run
// Checks the result of a generic selection (C11 6.5.1.1p3-4): only the
// chosen association's expression is evaluated, the controlling
// expression never is, the result is an lvalue when the chosen expression
// is one (it can be assigned, incremented and have its address taken),
// and a selection of constants is an integer constant expression usable
// for array sizes, case labels, enumerators and _Static_assert.

#include <stdio.h>

#define SIZE_FOR(x) _Generic((x), char: 1, short: 2, int: 4, long: 8, default: 16)

enum { FROM_CHAR = SIZE_FOR((char)0), FROM_DOUBLE = SIZE_FOR(0.0) };

_Static_assert(SIZE_FOR(0L) == 8, "generic selection in a constant expression");

static int calls;

static int count(int v)
{
	calls++;
	return v;
}

int main(void)
{
	int a = 1, b = 2, n = 0;
	long l = 10;
	char buf[SIZE_FOR(n)];
	int *p;

	printf("%d %d %d\n", (int)sizeof buf, FROM_CHAR, FROM_DOUBLE);
	printf("%d\n", _Generic(n, long: count(1), int: count(2), default: count(3)));
	printf("calls %d\n", calls);
	printf("%d\n", _Generic(count(5), int: 7));
	printf("calls %d\n", calls);
	printf("%d\n", _Generic(n++, int: n));
	printf("n %d\n", n);

	_Generic(l, long: a, default: b) = 30;
	_Generic(n, long: a, default: b) += 40;
	printf("a %d b %d\n", a, b);
	_Generic(l, long: a, int: b)++;
	p = &_Generic(1.0, double: b, float: a);
	*p = -1;
	printf("a %d b %d\n", a, b);

	switch (n + 4) {
	case SIZE_FOR((short)0):
		printf("short case\n");
		break;
	case SIZE_FOR(1):
		printf("int case\n");
		break;
	}
	(void)buf;
	return 0;
}
