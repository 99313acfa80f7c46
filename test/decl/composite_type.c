// run
// Checks composite types (C11 6.2.7p3, p4): later declarations of the
// same object or function combine with earlier ones, so an array first
// declared without a size gets the size given later, a block-scope
// extern redeclaration inherits the visible declaration's size, a
// function declared without a prototype and then with one is called
// with conversions to the parameter types, and a parameter declared as
// pointer to array of unknown size combines with a sized one.

#include <stdio.h>

extern int arr[];
int arr[5] = { 1, 2, 3, 4, 5 };

static double scale();
static double scale(double x, int k);

static int total(int (*rows)[], int n);
static int total(int (*rows)[3], int n);

static int
count_arr(void)
{
	extern int arr[];

	return (int)(sizeof arr / sizeof arr[0]);
}

static double
scale(double x, int k)
{
	return x * k;
}

static int
total(int (*rows)[3], int n)
{
	int s = 0, i, j;

	for (i = 0; i < n; i++)
		for (j = 0; j < 3; j++)
			s += rows[i][j];
	return s;
}

int main(void)
{
	int m[2][3] = { { 1, 2, 3 }, { 4, 5, 6 } };

	printf("%zu %d\n", sizeof arr / sizeof arr[0], count_arr());
	printf("%.2f\n", scale(3, 0.5 + 2));
	printf("%d\n", total(m, 2));
	return 0;
}
