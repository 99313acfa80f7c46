// run
// gcc PR 37103: wrong code comparing an unsigned short with a char of -1 or 255
// Both sides are promoted to int, so 65535 never equals a signed char -1:
// that comparison is always false. The bug narrowed it to a 16-bit compare
// with 0xffff. An unsigned char 255 is matched only by 255.
// fixed: gcc 4.3.2

#include <stdio.h>

#ifdef __clang__
#define OPAQUE __attribute__((noinline))
#else
#define OPAQUE __attribute__((noipa))
#endif

OPAQUE int
eq_signed(unsigned short x)
{
	// amd64:`xorl\s+%eax, %eax`,-`cmp`
	const signed char all_ones = -1;

	return all_ones == x;
}

OPAQUE int
eq_unsigned(unsigned short x)
{
	// amd64:`cmp[wl]\s+\$255`,`sete`
	const unsigned char top = 255;

	return top == x;
}

static volatile unsigned short words[3] = { 65535, 255, 0xff00 };

int
main(void)
{
	for (int i = 0; i < 3; i++) {
		unsigned short w = words[i];

		printf("%#x %d %d\n", (unsigned)w, eq_signed(w), eq_unsigned(w));
	}
	return 0;
}
