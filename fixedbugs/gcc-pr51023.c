// run
// gcc PR 51023: a long truncated to short by a return compared equal to the long
// The caller must extend the 16-bit value the callee returns before the
// 64-bit comparison; RTL optimization dropped that and compared the long
// with itself. Only the comparison is printed for the signed case: the
// truncated value is implementation-defined but never equals 0x5A3C1.
// fixed: gcc 4.7

#include <stdio.h>

#ifdef __clang__
#define OPAQUE __attribute__((noinline))
#else
#define OPAQUE __attribute__((noipa))
#endif

OPAQUE short
to_short(long x)
{
	return x;
}

OPAQUE unsigned short
to_ushort(long x)
{
	return x;
}

OPAQUE int
fits_short(long v)
{
	// amd64:`call[q]?\s+to_short`,`movswq\s+%ax`,`cmpq`,`sete`
	return to_short(v) == v;
}

OPAQUE int
fits_ushort(long v)
{
	// amd64:`call[q]?\s+to_ushort`,`movzwl\s+%ax`,`cmpq`,`sete`
	return to_ushort(v) == v;
}

static volatile long values[3] = { 0x5A3C1L, 0x3C1L, -5L };

int
main(void)
{
	for (int i = 0; i < 3; i++)
		printf("%d %d\n", fits_short(values[i]), fits_ushort(values[i]));
	return 0;
}
