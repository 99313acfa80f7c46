// run
// gcc PR 5420: compound literal argument not initialized on the non-tail-call path
// The initialization was emitted only in the tail-call sequence, so the
// ordinary call saw garbage. Checks each value passed to the callee.

#include <stdio.h>

struct word {
	unsigned short v;
};

static unsigned int seen[4];
static int count;

static void
record(unsigned int x)
{
	seen[count++] = x;
}

static void
emit(int i)
{
	record(((struct word){ ((!(i >> 4) ? 8 : 64 + (i >> 4)) << 8) + (i << 4) }).v);
}

int
main(void)
{
	for (int i = 0; i < 2; i++)
		emit(i);
	emit(0x23);
	for (int i = 0; i < count; i++)
		printf("%#x\n", seen[i]);
	return 0;
}
