// run -O1 -fexpensive-optimizations
// gcc PR 68381: wrong code for __builtin_mul_overflow of unsigned shorts into int
// requires: gcc || clang
// RTL optimization mishandled the widened multiply. The product of two
// unsigned shorts overflows an int only above INT_MAX: 1 * 2 gives 2 with
// no overflow, 65535 * 65535 overflows.
// fixed: gcc 6

#include <stdio.h>

#ifdef __clang__
#define OPAQUE __attribute__((noinline))
#else
#define OPAQUE __attribute__((noipa))
#endif

OPAQUE int
mul(unsigned short x, unsigned short y, int *ovf)
{
	// amd64:`imull`,`seto`,`movl\s+%ecx, \(%rdx\)`
	// gcc.amd64:`movzwl\s+%di`,`movzwl\s+%si`
	int r;

	*ovf = __builtin_mul_overflow(x, y, &r);
	return r;
}

static volatile unsigned short xs[3] = { 1, 65535, 300 };
static volatile unsigned short ys[3] = { 2, 65535, 7000 };

int
main(void)
{
	for (int i = 0; i < 3; i++) {
		int ovf;
		int r = mul(xs[i], ys[i], &ovf);

		if (ovf)
			printf("overflow\n");
		else
			printf("%d\n", r);
	}
	return 0;
}
