#include <stdio.h>

int
main(void)
{
	puts("exits 3");
	return 3;
}
