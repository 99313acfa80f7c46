/* A leading comment that is no directive: the suite's default action
 * runs the file. */
#include <stdio.h>

int
main(void)
{
	printf("%d\n", 6 * 7);
	return 0;
}
