// run
// gcc PR 34337: wrong code for ((x << 8) & 65535) | 255
// Checks the masked shift for values whose shifted bits leave the mask.

#include <stdio.h>

static int
low_byte_set(int x)
{
	return ((x << 8) & 65535) | 255;
}

static volatile int inputs[] = { 0x32, 0x174, 0x7fff, 0 };

int
main(void)
{
	for (unsigned i = 0; i < sizeof inputs / sizeof inputs[0]; i++)
		printf("%#x -> %#x\n", inputs[i], low_byte_set(inputs[i]));
	return 0;
}
