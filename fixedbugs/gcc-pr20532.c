// run
// gcc PR 20532: v << 31 << 1 on unsigned long long was folded to zero
// Combine merged the shifts into a multiplication whose coefficient was
// computed in 32 bits and overflowed to zero.

#include <stdio.h>

static unsigned long long
shift_twice(unsigned long long v)
{
	return v << 31 << 1;
}

static volatile unsigned long long one = 1;

int
main(void)
{
	printf("%llu\n", shift_twice(one));
	printf("%#llx\n", shift_twice(0x7fULL));
	return 0;
}
