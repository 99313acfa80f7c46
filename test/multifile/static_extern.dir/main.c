#include <stdio.h>

int alpha_describe(void);

int
main(void)
{
	int level = -1;

	printf("local %d\n", level);
	{
		extern int level;

		level += 5;
		printf("external %d\n", level);
	}
	printf("local again %d\n", level);
	{
		int describe(void);

		printf("%d %d\n", describe(), alpha_describe());
		printf("%d\n", alpha_describe());
	}
	return 0;
}
