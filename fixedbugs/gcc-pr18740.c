// run
// gcc PR 18740: wrong evaluation of sizeof operands of variable length array type
// C11 6.5.3.4p2: the operand of sizeof is evaluated when its type is a VLA;
// a nested sizeof whose operand is not a VLA is still not evaluated. So
// (*k)++ below happens and j++ does not.
// Fixed on trunk 2006-05-18 (gcc/ChangeLog-2006), between the 4.1 and 4.2 branch points.
// fixed: gcc 4.2

#include <stddef.h>
#include <stdio.h>

#ifdef __clang__
#define OPAQUE __attribute__((noinline))
#else
#define OPAQUE __attribute__((noipa))
#endif

OPAQUE size_t
row_bytes(int n, int *k)
{
	// amd64:`(addl\s+\$1,|incl)\s+\(%rsi\)`,`3\(%rdi\)|addl\s+\$3, %edi`
	int j = 0;
	char rows[8][n + 3];
	size_t s = sizeof(rows[(*k)++ + sizeof(j++)]);

	return s * 100 + j;
}

OPAQUE size_t
row_ints(int n, int *k)
{
	int grid[3][n];

	return sizeof(grid[(*k)++]) / sizeof(int);
}

static volatile int width = 10;

int
main(void)
{
	int k = 0;
	size_t a = row_bytes(width, &k);

	printf("%zu %d\n", a, k);
	a = row_ints(width, &k);
	printf("%zu %d\n", a, k);
	return 0;
}
