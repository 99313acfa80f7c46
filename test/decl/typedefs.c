// run
// Checks typedef names for scalars, arrays, pointers to functions and
// structs, and that a typedef can be hidden by an ordinary identifier.

#include <stdio.h>

typedef int number;
typedef number pair[2];
typedef int (*binop)(int, int);
typedef struct point { int x, y; } point;
typedef const char *cstr;

static int add(int a, int b)
{
	return a + b;
}

static int mul(int a, int b)
{
	return a * b;
}

int main(void)
{
	pair p = { 3, 4 };
	binop ops[2] = { add, mul };
	point pt = { 1, 2 };
	struct point *pp = &pt;
	cstr msg = "typedef";
	number i;

	for (i = 0; i < 2; i++)
		printf("%d\n", ops[i](p[0], p[1]));
	printf("%d\n", (int)(sizeof(pair) / sizeof(number)));
	printf("%d %d\n", pp->x, pp->y);
	printf("%s\n", msg);
	{
		int number = 9;

		printf("%d\n", number);
	}
	{
		number n = 11;

		printf("%d\n", n);
	}
	return 0;
}
