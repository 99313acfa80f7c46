// run
// LLVM PR 2001: the value of an assignment to a bit-field was taken from the RHS
// C11 6.5.16p3: the result is the value of the left operand after the
// assignment, i.e. the value truncated to the width of the field.

#include <stdio.h>

struct narrow {
	unsigned int f : 2;
	unsigned int g : 5;
};

static unsigned int
store(struct narrow *n, unsigned int v)
{
	return n->f = v;
}

int
main(void)
{
	struct narrow n = { 0, 0 };

	for (volatile unsigned int v = 0; v < 9; v++)
		printf("%u", store(&n, v));
	printf("\n");
	printf("%u\n", (unsigned int)(n.g = 40));
	n.g = 30;
	printf("%u\n", (unsigned int)(n.g += 5));
	printf("%u\n", n.f);
	return 0;
}
