// run
// Stack slot sharing must not give one slot to two arrays whose lifetimes
// overlap. Here the loop-scoped line[] is still read after its inner loop,
// in which an inlined helper fills its own one-byte scratch[]. At -O1 and
// -O2 gcc 11 and 12 pass the same stack address to stamp() and to
// count_nonzero(), so the helper's store lands in the zeroed bytes of
// line[] and the program prints 4; with -fstack-reuse=none, or at -O0,
// they print 0. Clang 13 to 22 and tcc 0.9.27 print 0.
// bug: gcc 11-12
// gcc: gcc PR 90348: at -O1 and -O2 gives line[] and the inlined helper's scratch[] one stack slot, printing 4 nonzero bytes instead of 0

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
