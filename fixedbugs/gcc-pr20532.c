// run
// gcc PR 20532: v << 31 << 1 on unsigned long long was folded to zero
// Combine merged the shifts into a multiplication whose coefficient was
// computed in 32 bits and overflowed to zero (seen with 32-bit x86 code).
// On x86-64 the two shifts must become a single shift by 32.
// Fixed on trunk 2005-03-24 (gcc/ChangeLog-2005), after the 4.0 branch point.
// fixed: gcc 4.1

#include <stdio.h>

#ifdef __clang__
#define OPAQUE __attribute__((noinline))
#else
#define OPAQUE __attribute__((noipa))
#endif

OPAQUE unsigned long long
shift_twice(unsigned long long v)
{
	// amd64:`s[ah]lq\s+\$32, %rax`,-`xorl\s+%eax, %eax`
	return v << 31 << 1;
}

static volatile unsigned long long inputs[3] = { 1, 0x7f, 0xabcdef0123456789ULL };

int
main(void)
{
	for (int i = 0; i < 3; i++)
		printf("%#llx\n", shift_twice(inputs[i]));
	return 0;
}
