#include <stdio.h>
#include "answer.h"

int
main(void)
{
	printf("%d\n", ANSWER);
	return 0;
}
