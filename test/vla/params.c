// run
// Checks variable length array parameters (C11 6.7.6.2, 6.7.6.3,
// 6.9.1p10): the size expressions of a variably modified parameter are
// evaluated on entry, may use earlier parameters, and give sizeof of the
// pointed-to row; [*] in a prototype is compatible with the definition;
// the outermost dimension decays, so sizeof the parameter is that of a
// pointer.

#include <stdio.h>

static void fill(int rows, int cols, int m[*][*]);
static long trace(int n, int m[n][n]);

static void fill(int rows, int cols, int m[rows][cols])
{
	for (int i = 0; i < rows; i++)
		for (int j = 0; j < cols; j++)
			m[i][j] = i * 10 + j;
}

static long trace(int n, int m[n][n])
{
	long t = 0;

	for (int i = 0; i < n; i++)
		t += m[i][i];
	return t;
}

static int row_bytes(int r, int c, double m[r][c * 2])
{
	return (int)(sizeof m[0] + sizeof m[0][0] * 0) + (sizeof m == sizeof(double *));
}

static int side_effects;

static int count(int v)
{
	side_effects++;
	return v;
}

static int sum_last(int rows, int n, int m[rows][count(n)])
{
	int s = 0;

	for (int i = 0; i < n; i++)
		s += m[rows - 1][i];
	return s;
}

int main(int argc, char **argv)
{
	int n = argc + 3;
	int sq[n][n];
	double dm[2][6];
	int rect[3][5];

	(void)argv;
	fill(n, n, sq);
	printf("trace %ld\n", trace(n, sq));
	fill(3, 5, rect);
	printf("%d %d\n", rect[2][4], rect[1][0]);
	printf("%d\n", row_bytes(2, 3, dm));
	printf("%d\n", sum_last(3, 5, rect));
	printf("%d\n", sum_last(1, 5, rect));
	printf("size expressions evaluated: %d\n", side_effects);
	return 0;
}
