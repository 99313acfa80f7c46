// run
// gcc PR 9164: a comparison operand was sign-extended erroneously
// (unsigned int)(0x40000000 + j) is converted to long long for the
// comparison with 0LL, so it is never negative: 0x80000000 must compare
// above zero. The bug sign-extended the 32-bit value (x86 code).
// fixed: gcc 3.3

#include <stdio.h>

#ifdef __clang__
#define OPAQUE __attribute__((noinline))
#else
#define OPAQUE __attribute__((noipa))
#endif

OPAQUE int
above_zero(long long j)
{
	// amd64:`cmpl\s+\$-1073741824, %edi`,`setne`,-`movslq|cltq`
	return (unsigned int)(0x40000000 + j) > 0LL;
}

OPAQUE int
below_zero(long long j)
{
	// amd64:`xorl\s+%eax, %eax`,-`cmp`,-`test`
	return (unsigned int)(0x40000000 + j) < 0LL;
}

static volatile long long js[3] = { 0x40000000, -0x40000000, 5 };

int
main(void)
{
	for (int i = 0; i < 3; i++)
		printf("%d %d\n", below_zero(js[i]), above_zero(js[i]));
	return 0;
}
