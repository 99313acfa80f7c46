// run
// Prints a value its header takes from another header: editing either
// must make it run again.

#include <stdio.h>

#include "hdr.h"

int main(void)
{
	printf("%d\n", HDR_VALUE);
	return 0;
}
