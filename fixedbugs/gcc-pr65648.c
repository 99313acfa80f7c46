// run
// gcc PR 65648: wrong code for (!a) - (c <= e) stored via unsigned char into long long
// The difference is -1, 0 or 1; stored in an unsigned char it is 255, 0
// or 1, and that byte must then be zero-extended into the long long.
// fixed: gcc 5

#include <stdio.h>

#ifdef __clang__
#define OPAQUE __attribute__((noinline))
#else
#define OPAQUE __attribute__((noipa))
#endif

int flag, lhs;
short rhs = 1;
static long long wide = 5;
long long *to_wide = &wide;
unsigned char narrow = 7;

OPAQUE void
step(void)
{
	// amd64:`set(ge|le)`,`movb\s+%al, narrow\(%rip\)`,`movzbl\s+%al, %eax`,`movq\s+%rax, \(%r[a-z0-9]+\)`
	narrow = (!flag) - (lhs <= rhs);
	*to_wide = narrow;
}

static volatile int flags[3] = { 0, 0, 1 };
static volatile int lhss[3] = { 0, 2, -4 };

int
main(void)
{
	for (int i = 0; i < 3; i++) {
		flag = flags[i];
		lhs = lhss[i];
		step();
		printf("%d %lld\n", (int)narrow, wide);
	}
	return 0;
}
