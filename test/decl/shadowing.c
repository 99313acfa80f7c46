// run
// Checks block scope: inner declarations hide outer ones until the end of
// their block, and a declaration's scope begins right after its declarator.

#include <stdio.h>

static int x = 1;
static char w;
static char v;

int main(void)
{
	printf("%d\n", x);
	int x = 2;
	printf("%d\n", x);
	{
		int x = 3;

		printf("%d\n", x);
		for (int x = 10; x < 12; x++)
			printf("for %d\n", x);
		printf("%d\n", x);
		{
			double x = 4.5;

			printf("%.1f\n", x);
		}
		printf("%d\n", x);
	}
	printf("%d\n", x);
	{
		int w[sizeof w + 1];
		int v = sizeof v;

		printf("%d\n", (int)(sizeof w / sizeof w[0]));
		printf("%d\n", v == sizeof(int));
	}
	{
		extern int y;

		printf("%d\n", y);
	}
	return 0;
}

int y = 5;
