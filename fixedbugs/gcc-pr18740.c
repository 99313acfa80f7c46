// run
// gcc PR 18740: wrong evaluation of sizeof operands of variable length array type
// C11 6.5.3.4p2: the operand of sizeof is evaluated when its type is a VLA;
// a nested sizeof whose operand is not a VLA is still not evaluated.

#include <stdio.h>

static int i;

static int
probe(int n)
{
	int j = 0;
	char rows[8][n + 3];
	int grid[3][n];
	size_t s1, s2;

	i = 0;
	s1 = sizeof(rows[i++ + sizeof(j++)]);
	printf("%zu %d %d\n", s1, i, j);
	s2 = sizeof(grid[i++]);
	printf("%zu %d\n", s2 / sizeof(int), i);
	return 0;
}

int
main(void)
{
	return probe(10);
}
