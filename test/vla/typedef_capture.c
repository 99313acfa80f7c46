// run
// Checks that a typedef of a variably modified type fixes its size when
// the typedef declaration is reached (C11 6.7.8p3): later changes to the
// size variable do not affect objects declared with the typedef name, the
// size expression is evaluated once (its side effects happen once), and
// each execution of the declaration captures the value current then.

#include <stdio.h>

static int evaluations;

static int size_of(int n)
{
	evaluations++;
	return n;
}

static void demo(int n)
{
	typedef int row[size_of(n)];
	typedef row *rowp;
	row a;
	int before = (int)(sizeof a / sizeof a[0]);

	n *= 10;
	{
		row b;
		rowp p = &b;

		printf("n=%d: a %d, b %d, *p %d, row %d\n", n, before,
			(int)(sizeof b / sizeof b[0]), (int)(sizeof *p / sizeof(int)),
			(int)(sizeof(row) / sizeof(int)));
	}
}

int main(void)
{
	int k = 2;

	for (int i = 1; i <= 3; i++)
		demo(i);
	printf("evaluations %d\n", evaluations);
	{
		typedef char buf[k + 1];

		k = 100;
		buf x;
		printf("%d %d\n", (int)sizeof x, (int)sizeof(buf));
	}
	return 0;
}
