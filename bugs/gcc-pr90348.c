// run
// gcc PR 90348: stack slot sharing put a loop-scoped array and the array
// of an inlined helper called inside the inner loop into one stack slot,
// although the outer array is still read after that loop: the helper's
// store overwrote the zeros written into the outer array. GCC 12's change
// for this PR does not cover this shape (the helper's callee has a side
// effect, so the call is not deleted); gcc 11 and 12 both print 4.
// bug: gcc 11-12

#include <stdio.h>

#define NOINLINE __attribute__((noinline))

volatile int stamps;

NOINLINE void
stamp(unsigned char *cell)
{
	*cell = 0x5a;
	stamps++;
}

NOINLINE int
count_nonzero(const unsigned char *v, unsigned n)
{
	int found = 0;

	for (unsigned k = 0; k < n; k++)
		found += v[k] != 0;
	return found;
}

static void
use_scratch(void)
{
	unsigned char scratch[1];

	stamp(scratch);
}

int
main(void)
{
	// gcc.amd64:`call\w*\s+stamp`,`call\w*\s+count_nonzero`
	int total = 0;

	for (int round = 0; round <= 4; round++) {
		unsigned char line[4];

		for (int j = 0; j < round; j++) {
			line[j] = 0;
			use_scratch();
		}
		total += count_nonzero(line, (unsigned)round);
	}
	printf("nonzero bytes: %d\n", total);
	return 0;
}
