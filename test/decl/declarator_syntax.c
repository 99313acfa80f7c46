// run
// Checks declarators (C11 6.7.6): several declarators sharing one set of
// specifiers, redundant parentheses, an array of pointers to functions,
// a function returning a pointer to a function and one returning a
// pointer to an array, a pointer to such a function, and a pointer to
// an array of pointers to functions returning char *, each used through
// the expression that mirrors its declarator.

#include <stdio.h>

static int add1(int x) { return x + 1; }
static int dbl(int x) { return 2 * x; }

static int (*ops[2])(int) = { add1, dbl };
static int grid[2][3] = { { 1, 2, 3 }, { 4, 5, 6 } };

static int (*pick(int i))(int)
{
	return ops[i];
}

static int (*row(int i))[3]
{
	return &grid[i];
}

static char *yes(void) { return "yes"; }
static char *no(void) { return "no"; }

int main(void)
{
	int a = 1, *p = &a, arr[3] = { 7, 8, 9 }, (*fp)(int) = add1;
	int (x) = 3, ((y)) = 4;
	int (*(*fp_row)(int))[3] = row;
	int (*(*fp_pick)(int))(int) = pick;
	char *(*answers[2])(void) = { yes, no };
	char *(*(*pa)[2])(void) = &answers;
	const int *const cp = arr;
	int *ap[2] = { &x, &y };
	int (*pr)[3] = &arr;

	printf("%d %d %d %d\n", a, *p, arr[2], fp(10));
	printf("%d %d\n", x, y);
	printf("%d %d\n", ops[0](5), ops[1](5));
	printf("%d %d\n", pick(1)(21), (*pick(0))(41));
	printf("%d %d\n", (*row(1))[2], (*fp_row(0))[1]);
	printf("%d\n", fp_pick(1)(fp_pick(0)(4)));
	printf("%s %s\n", (*pa)[0](), (*pa)[1]());
	printf("%d %d %d\n", *cp, *ap[1], (*pr)[1]);
	printf("%zu\n", sizeof *pr / sizeof **pr);
	return 0;
}
