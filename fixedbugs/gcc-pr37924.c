// run
// gcc PR 37924: wrong code for ((unsigned int)(c ^ -1)) >> 9 with c a char
// c is promoted to int before the xor. A signed char gives ~c, negative
// only when c >= 0; an unsigned char always gives a negative int, so its
// shifted result is the constant 0x7fffff.
// Trunk 2008-10-28 (gcc/ChangeLog-2008); on the 4.3 branch by 2008-11-30.
// fixed: gcc 4.3.3

#include <stdio.h>

#ifdef __clang__
#define OPAQUE __attribute__((noinline))
#else
#define OPAQUE __attribute__((noipa))
#endif

OPAQUE unsigned int
flip_signed(signed char c)
{
	// amd64:`movsbl`,`not[bl]`,`shrl\s+\$9`
	int m = -1;

	return ((unsigned int)(c ^ m)) >> 9;
}

OPAQUE unsigned int
flip_unsigned(unsigned char c)
{
	// amd64:`movl\s+\$8388607, %eax`
	int m = -1;

	return ((unsigned int)(c ^ m)) >> 9;
}

static volatile signed char svals[4] = { 0, 0x40, -128, -1 };
static volatile unsigned char uvals[4] = { 0, 0x40, 0x80, 0xff };

int
main(void)
{
	for (int i = 0; i < 4; i++)
		printf("%d: %#x %#x\n", i, flip_signed(svals[i]), flip_unsigned(uvals[i]));
	return 0;
}
