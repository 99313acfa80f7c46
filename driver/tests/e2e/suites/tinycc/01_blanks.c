#include <stdio.h>

int
main(void)
{
	printf("a  b\t c   \n");
	return 0;
}
