// run
// Checks pointers to variable length arrays (C11 6.7.6.2, 6.5.6p8): a
// heap matrix allocated through int (*)[cols], arithmetic on such a
// pointer steps by a whole row of the run-time length, the difference of
// two of them counts rows, sizeof *p is the row size, and a pointer to a
// VLA converts to and from a pointer to a fixed-size array of equal length.

#include <stdio.h>
#include <stdlib.h>

static int *cell(int cols, int (*m)[cols], int r, int c)
{
	return &m[r][c];
}

int main(int argc, char **argv)
{
	int rows = argc + 3, cols = argc * 7;
	int (*m)[cols] = malloc(rows * sizeof *m);
	int (*last)[cols];
	int (*fixed)[7];
	long sum = 0;

	(void)argv;
	if (m == NULL)
		return 1;
	printf("row bytes %d\n", (int)(sizeof *m / sizeof(int)));
	for (int r = 0; r < rows; r++)
		for (int c = 0; c < cols; c++)
			m[r][c] = r * 100 + c;
	last = m + rows - 1;
	printf("%d %d\n", (*last)[0], last[0][cols - 1]);
	printf("rows %d\n", (int)(last - m));
	printf("%d\n", (int)((char *)(m + 1) - (char *)m) == cols * (int)sizeof(int));
	printf("%d\n", *cell(cols, m, 2, 3));
	for (int (*p)[cols] = m; p != m + rows; p++)
		sum += (*p)[cols - 1];
	printf("sum %ld\n", sum);
	/* Compatible only because cols is 7 when run without arguments. */
	fixed = m;
	printf("%d\n", fixed[1][6]);
	m = fixed + 2;
	printf("%d\n", m[0][1]);
	free(fixed);
	return 0;
}
