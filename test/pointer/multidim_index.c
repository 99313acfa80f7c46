// run
// Checks arrays of arrays (C11 6.5.2.1p3, p4): E1[E2] is (*((E1)+(E2)))
// at every level, so a[i][j], *(a[i] + j), *(*(a + i) + j) and
// j[i[a]] name the same element; a + 1 steps over a whole row; sizeof
// gives the sizes of the whole array, a row and an element; rows are
// contiguous (the element after a row's last is the next row's first,
// reached within the whole array as a char array); and a 3-D array.

#include <stdio.h>
#include <stddef.h>

int main(void)
{
	int a[3][4];
	int cube[2][3][4];
	int (*row)[4];
	int i, j, k, same = 1, n = 0;

	for (i = 0; i < 3; i++)
		for (j = 0; j < 4; j++)
			a[i][j] = 10 * i + j;
	for (i = 0; i < 3; i++)
		for (j = 0; j < 4; j++)
			same &= a[i][j] == *(a[i] + j) &&
				a[i][j] == *(*(a + i) + j) &&
				a[i][j] == j[i[a]];
	printf("%d\n", same);
	printf("%zu %zu %zu\n", sizeof a / sizeof(int),
		sizeof a[0] / sizeof(int), sizeof a[0][0] / sizeof(int));
	printf("%d\n", (char *)(a + 1) - (char *)a == (ptrdiff_t)sizeof a[0]);
	row = a + 2;
	printf("%d %d\n", (*row)[3], row[0][1]);
	printf("%d\n", (char *)&a[1][0] == (char *)&a[0][3] + sizeof(int));
	for (i = 0; i < 2; i++)
		for (j = 0; j < 3; j++)
			for (k = 0; k < 4; k++)
				cube[i][j][k] = n++;
	printf("%d %d %d\n", cube[1][2][3], cube[1][0][0],
		*(*(*(cube + 1) + 1) + 1));
	printf("%zu %zu\n", sizeof cube[1] / sizeof(int),
		sizeof cube[1][1] / sizeof(int));
	printf("%d\n", (char *)&cube[1][0][0] - (char *)&cube[0][2][3] ==
		(ptrdiff_t)sizeof(int));
	return 0;
}
