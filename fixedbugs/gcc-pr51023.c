// run
// gcc PR 51023: a long truncated to short by a return compared equal to the long
// Only the comparison is printed for the signed case: its truncated value
// is implementation-defined but can never equal 0x4272A.

#include <stdio.h>

static short
to_short(long x)
{
	return x;
}

static unsigned short
to_ushort(long x)
{
	return x;
}

static volatile long value = 0x4272AL;

int
main(void)
{
	long a = value;

	printf("%d\n", to_short(a) == a);
	printf("%d %#x\n", to_ushort(a) == a, (unsigned)to_ushort(a));
	return 0;
}
