// run
// gcc PR 37924: wrong code for ((unsigned int)(c ^ -1)) >> 9 with c a char
// Checks signed and unsigned char values on both sides of the sign bit.

#include <stdio.h>

static volatile signed char sc;
static volatile unsigned char uc;

static unsigned int
from_signed(void)
{
	int m = -1;

	return ((unsigned int)(sc ^ m)) >> 9;
}

static unsigned int
from_unsigned(void)
{
	int m = -1;

	return ((unsigned int)(uc ^ m)) >> 9;
}

int
main(void)
{
	static const signed char svals[] = { 0, 0x40, -128, -1 };
	static const unsigned char uvals[] = { 0, 0x40, 0x80, 0xff };

	for (int i = 0; i < 4; i++) {
		sc = svals[i];
		uc = uvals[i];
		printf("%d: %#x %#x\n", i, from_signed(), from_unsigned());
	}
	return 0;
}
