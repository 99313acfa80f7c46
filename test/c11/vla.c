// run
// Checks variable length arrays: sizes taken at run time, sizeof evaluated
// at run time, VLA parameters for 2-D arrays, and typedefs of VLA types.

#include <stdio.h>

static long sum_matrix(int rows, int cols, int m[rows][cols])
{
	long s = 0;

	for (int i = 0; i < rows; i++)
		for (int j = 0; j < cols; j++)
			s += m[i][j];
	return s;
}

static size_t size_of_row(int n)
{
	typedef double row[n];

	n++;
	return sizeof(row) / sizeof(double);
}

int main(int argc, char **argv)
{
	int n = argc + 4;
	int v[n];
	int rows = 3, cols = n;
	int m[rows][cols];
	int k = 0;

	(void)argv;
	for (int i = 0; i < n; i++)
		v[i] = i * i;
	printf("%d %d\n", (int)(sizeof v / sizeof v[0]), v[n - 1]);
	for (int i = 0; i < rows; i++)
		for (int j = 0; j < cols; j++)
			m[i][j] = i + j;
	printf("%ld\n", sum_matrix(rows, cols, m));
	printf("%d\n", (int)(sizeof m[0] / sizeof(int)));
	printf("%zu\n", size_of_row(7));
	for (int len = 1; len <= 3; len++) {
		char s[len + 1];

		for (int i = 0; i < len; i++)
			s[i] = (char)('a' + i);
		s[len] = '\0';
		printf("%s ", s);
	}
	printf("\n");
	printf("%d\n", sizeof(int[++k]) == sizeof(int));
	printf("k=%d\n", k);
	return 0;
}
