// run
// Checks block-scope extern declarations: they refer to the file-scope
// object or function even when an intermediate declaration hides it.

#include <stdio.h>

int total = 42;

static int twice(int v)
{
	return 2 * v;
}

int main(void)
{
	int total = 1;

	printf("%d\n", total);
	{
		extern int total;

		printf("%d\n", total);
		total++;
	}
	printf("%d\n", total);
	{
		int twice = 3;

		printf("%d\n", twice);
		{
			extern int later(int);

			printf("%d\n", later(twice));
		}
	}
	return 0;
}

int later(int v)
{
	extern int total;

	return total + twice(v);
}
