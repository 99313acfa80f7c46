// run
// Checks multidimensional variable length arrays (C11 6.7.6.2, 6.5.2.1):
// a three-dimensional VLA with every bound known only at run time, the
// sizes of its sub-arrays, row-major layout (consecutive elements of the
// last index are adjacent), a mix of constant and variable bounds, and
// passing sub-arrays to a function taking a two-dimensional VLA.

#include <stdio.h>

static long plane_sum(int r, int c, int p[r][c])
{
	long s = 0;

	for (int i = 0; i < r; i++)
		for (int j = 0; j < c; j++)
			s += p[i][j];
	return s;
}

int main(int argc, char **argv)
{
	int x = argc + 1, y = argc + 2, z = argc + 3;
	int a[x][y][z];
	double mixed[3][y][4];
	int *flat = &a[0][0][0];
	int ok = 1;

	(void)argv;
	for (int i = 0; i < x; i++)
		for (int j = 0; j < y; j++)
			for (int k = 0; k < z; k++)
				a[i][j][k] = i * 100 + j * 10 + k;
	printf("%d %d %d %d\n", (int)(sizeof a / sizeof(int)),
		(int)(sizeof a[0] / sizeof(int)), (int)(sizeof a[0][0] / sizeof(int)),
		(int)sizeof a[0][0][0] == (int)sizeof(int));
	for (int n = 0; n < x * y * z; n++)
		ok &= flat[n] == a[n / (y * z)][n / z % y][n % z];
	printf("row-major %d\n", ok);
	printf("%d %d\n", a[1][2][3], (int)(&a[1][0][0] - &a[0][0][0]));
	printf("%ld %ld\n", plane_sum(y, z, a[0]), plane_sum(y, z, a[1]));
	printf("%d %d\n", (int)(sizeof mixed / sizeof(double)),
		(int)(sizeof mixed[2] / sizeof(double)));
	mixed[2][y - 1][3] = 2.5;
	printf("%.1f %d\n", mixed[2][y - 1][3],
		(int)(&mixed[2][y - 1][3] - &mixed[0][0][0]));
	return 0;
}
