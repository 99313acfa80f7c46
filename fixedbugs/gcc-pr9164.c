// run
// gcc PR 9164: a comparison operand was sign-extended erroneously
// (unsigned int)0x80000000 compared with 0LL must not be below zero.

#include <stdio.h>

static volatile long long j = 0x40000000;

int
main(void)
{
	int below = (unsigned int)(0x40000000 + j) < 0LL;
	int above = (unsigned int)(0x40000000 + j) > 0LL;

	printf("%d %d\n", below, above);
	return 0;
}
