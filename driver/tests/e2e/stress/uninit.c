// run
// Reads a flag from heap memory it never wrote: fresh memory is zero and
// the test passes, until MALLOC_PERTURB_ fills it with a byte whose high
// bit is set (any value below 128).

#include <stdio.h>
#include <stdlib.h>

int main(void)
{
	unsigned char *flags = malloc(64);

	if (!flags)
		return 2;
	if (flags[0] & 0x80) {
		puts("an uninitialised flag was set");
		return 1;
	}
	free(flags);
	return 0;
}
