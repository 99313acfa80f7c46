// run
// LLVM PR 2001: the value of an assignment to a bit-field was taken from the RHS
// C11 6.5.16p3: the result is the value of the left operand after the
// assignment, i.e. the value truncated to the width of the field. The
// returned value must be masked, not just the stored one.
// fixed: clang 1

#include <stdio.h>

#ifdef __clang__
#define OPAQUE __attribute__((noinline))
#else
#define OPAQUE __attribute__((noipa))
#endif

struct narrow {
	unsigned int f : 2;
	unsigned int g : 5;
};

OPAQUE unsigned int
store(struct narrow *n, unsigned int v)
{
	// amd64:`andl\s+\$3, %eax`,`movb\s+%[a-z]+, \(%rdi\)`
	return n->f = v;
}

OPAQUE unsigned int
bump(struct narrow *n, unsigned int v)
{
	// amd64:`and[lb]\s+\$31`,`movzbl`,`movb\s+%[a-z]+, \(%rdi\)`
	return n->g += v;
}

int
main(void)
{
	struct narrow n = { 0, 0 };

	for (volatile unsigned int v = 0; v < 9; v++)
		printf("%u", store(&n, v));
	printf("\n");
	printf("%u\n", store(&n, 40));
	n.g = 30;
	printf("%u\n", bump(&n, 5));
	printf("%u %u\n", n.f, n.g);
	return 0;
}
