// run
// gcc PR 13313: wrong code for (f() & 0x00ff0000L) >> 16
// Checks the masked and shifted byte of two function results.

#include <stdio.h>

static unsigned long
read_number(void)
{
	return 0x009a0000UL;
}

static unsigned long
read_other(void)
{
	return 0xff5b1234UL;
}

int
main(void)
{
	unsigned long a = (read_number() & 0x00ff0000UL) >> 16;
	unsigned long b = (read_other() & 0x00ff0000UL) >> 16;

	printf("%#lx %#lx\n", a, b);
	return 0;
}
