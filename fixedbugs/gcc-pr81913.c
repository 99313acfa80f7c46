// run
// gcc PR 81913: wrong code for a do-while loop whose unsigned char counter wraps
// Checks the value computed when the counter goes below zero and when the
// loop runs once.

#include <stdint.h>
#include <stdio.h>

static uint32_t
spin(uint8_t d, uint32_t e, uint32_t g)
{
	do {
		e += g + 1;
		d--;
	} while (d >= (uint8_t)e);
	return e;
}

int
main(void)
{
	printf("%#lx\n", (unsigned long)spin(1, -0x378704, ~0xba64fc));
	printf("%#lx\n", (unsigned long)spin(3, 10, 0));
	return 0;
}
