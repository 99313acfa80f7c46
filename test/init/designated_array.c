// run
// Checks array designators (C11 6.7.9p6, p17, p19, p22): [index] with
// enumeration constants in any order, positional initialisers that carry
// on after a designator, an array of unknown size sized by its largest
// index, a later designator overriding an earlier one, nested
// designators [i][j] for arrays of arrays, and an element designator
// that changes one element of a row initialised before.

#include <stdio.h>

enum color { RED, GREEN, BLUE, NCOLORS };

static const char *const names[NCOLORS] = {
	[BLUE] = "blue", [RED] = "red", [GREEN] = "green",
};

static void
show(const char *what, const int *v, int n)
{
	int i;

	printf("%s:", what);
	for (i = 0; i < n; i++)
		printf(" %d", v[i]);
	printf("\n");
}

int main(void)
{
	int a[] = { [4] = 40, [1] = 10, 20, 30 };
	int b[6] = { 1, 2, [4] = 5, 6 };
	int c[4] = { [2] = 7, [2] = 8 };
	int d[] = { [0] = 1, [9] = 10 };
	int m[3][3] = { [1] = { [2] = 12 }, [2][0] = 20, [0][1] = 1 };
	int r[2][3] = { [1] = { 4, 5, 6 }, [1][1] = 50 };
	char hex[] = { [10] = 'a', 'b', 'c', [15] = 'f' };
	int i;

	printf("%s %s %s\n", names[0], names[1], names[2]);
	printf("%zu\n", sizeof a / sizeof a[0]);
	show("a", a, 5);
	show("b", b, 6);
	show("c", c, 4);
	printf("%zu %d\n", sizeof d / sizeof d[0], d[9]);
	for (i = 0; i < 3; i++)
		show("m", m[i], 3);
	show("r", r[1], 3);
	printf("%zu %c%c%c%c %d\n", sizeof hex, hex[10], hex[11], hex[12],
		hex[15], hex[13]);
	return 0;
}
