// run
// Checks pointers to arrays and two-dimensional arrays: row pointers step
// over whole rows, and arrays of arrays passed to functions.

#include <stdio.h>

static int trace(int n, int (*m)[3])
{
	int i, t = 0;

	for (i = 0; i < n; i++)
		t += m[i][i];
	return t;
}

static int row_sum(const int row[3])
{
	return row[0] + row[1] + row[2];
}

int main(void)
{
	int m[3][3] = { { 1, 2, 3 }, { 4, 5, 6 }, { 7, 8, 9 } };
	int (*row)[3] = m;
	int (*whole)[3][3] = &m;
	int i;

	printf("%d\n", trace(3, m));
	printf("%d\n", (*(row + 1))[2]);
	row++;
	printf("%d %d\n", row[0][0], row[1][1]);
	printf("%d\n", (*whole)[2][0]);
	printf("%d\n", sizeof *row == 3 * sizeof(int));
	printf("%d\n", sizeof *whole == 9 * sizeof(int));
	for (i = 0; i < 3; i++)
		printf("%d ", row_sum(m[i]));
	printf("\n");
	printf("%d\n", *m[1]);
	printf("%d\n", **m);
	printf("%d\n", (int)((char *)&m[1] - (char *)&m[0] == sizeof m[0]));
	return 0;
}
