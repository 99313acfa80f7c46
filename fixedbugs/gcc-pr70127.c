// run -O3
// gcc PR 70127: an operand_equal_p change made during GCC 6 development let
// two memory references of different types compare equal, and at -O3 a chain
// of struct assignments (a = b = c[i] = d) of a struct holding a signed 2-bit
// bit-field, repeated in a loop, stored wrong field values (reverted before
// the GCC 6.1 release).
// fixed: gcc 6
// Every copy in the chain must end up with the source's fields, and the
// field read back from the innermost copy must keep its sign.

#include <stdio.h>

#if defined(__GNUC__) && !defined(__clang__)
#define KEEP __attribute__((noipa))
#else
#define KEEP __attribute__((noinline))
#endif

struct cell {
	int id;
	signed int mode : 2;
};

static struct cell pool[3], last;
static struct cell seed = { 40, -2 };

KEEP static int
spread(int n)
{
	// amd64:`\bpool\b`,`\blast\b`
	int acc = 0;

	for (int i = 0; i < n; i++) {
		struct cell mid = { 9, 1 };

		last = mid = pool[i % 3] = seed;
		acc += mid.mode;
		seed.id++;
		seed.mode = -seed.mode - 1;
	}
	return acc;
}

int
main(int argc, char **argv)
{
	int acc = spread(argc + 3);

	(void)argv;
	printf("acc %d\n", acc);
	for (int i = 0; i < 3; i++)
		printf("pool[%d] %d %d\n", i, pool[i].id, pool[i].mode);
	printf("last %d %d\n", last.id, last.mode);
	printf("seed %d %d\n", seed.id, seed.mode);
	return 0;
}
