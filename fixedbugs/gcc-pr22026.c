// run
// gcc PR 22026: VRP assumed ~[0,0] + ~[0,0] = ~[0,0], i.e. that x + y != 0
// The same mistake applied to subtraction and unsigned multiplication.
// Checks that sums, differences and products of nonzero values may be 0.

#include <stdio.h>

static int
sum_nonzero(int x, int y)
{
	if (x != 0)
		if (y != 0) {
			int z = x + y;

			if (z != 0)
				return 1;
		}
	return 0;
}

static int
diff_nonzero(int x, int y)
{
	if (x != 0)
		if (y != 0) {
			int z = x - y;

			if (z != 0)
				return 1;
		}
	return 0;
}

static int
prod_nonzero(unsigned x, unsigned y)
{
	if (x != 0)
		if (y != 0) {
			unsigned z = x * y;

			if (z != 0)
				return 1;
		}
	return 0;
}

int
main(void)
{
	volatile int p = 1, q = -1, r = 3;
	volatile unsigned big = 0x10000u;

	printf("%d %d\n", sum_nonzero(p, q), sum_nonzero(p, r));
	printf("%d %d\n", diff_nonzero(r, r), diff_nonzero(r, p));
	printf("%d %d\n", prod_nonzero(big, big), prod_nonzero(big, 3));
	return 0;
}
