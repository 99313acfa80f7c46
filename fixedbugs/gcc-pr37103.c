// run
// gcc PR 37103: wrong code comparing an unsigned short with a char of -1 or 255
// 65535 must not compare equal to a signed char -1 (promoted to int -1)
// nor to an unsigned char 255.

#include <stdio.h>

static int
eq_signed(unsigned short x)
{
	signed char y = -1;

	return x == y;
}

static int
eq_unsigned(unsigned short x)
{
	unsigned char y = 255;

	return x == y;
}

int
main(void)
{
	volatile unsigned short all = 65535, byte = 255;

	printf("%d %d\n", eq_signed(all), eq_unsigned(all));
	printf("%d %d\n", eq_signed(byte), eq_unsigned(byte));
	return 0;
}
