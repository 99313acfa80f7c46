// run
// gcc PR 41917: wrong code for c % (a | -2) on unsigned int
// With a odd the divisor is UINT_MAX, so the remainder is c itself; with
// a even it is UINT_MAX - 1. An RTL optimization derived wrong facts about
// the bits of the unsigned remainder.
// Trunk 2009-11-03 (gcc/ChangeLog-2009); on the 4.4 branch by 2009-11-18.
// fixed: gcc 4.4.3

#include <stdio.h>

#ifdef __clang__
#define OPAQUE __attribute__((noinline))
#else
#define OPAQUE __attribute__((noipa))
#endif

OPAQUE unsigned int
rem_or(unsigned int c, unsigned int a)
{
	// amd64:`orl\s+\$-2, %esi`
	// gcc.amd64:`divl\s+%esi`
	unsigned int d = a | -2;

	return d == 0 ? c : c % d;
}

static volatile unsigned int cs[3] = { 0x9e3779b9u, 0xffffffffu, 0xfffffffeu };
static volatile unsigned int as[2] = { 1, 4 };

int
main(void)
{
	for (int j = 0; j < 2; j++)
		for (int i = 0; i < 3; i++)
			printf("%#x\n", rem_or(cs[i], as[j]));
	return 0;
}
