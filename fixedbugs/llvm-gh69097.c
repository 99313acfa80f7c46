// run
// llvm GH 69097: the exit value of a count-down loop whose bound comes
// from (10 << 2) & mask was computed with a signed minimum where an
// unsigned one was needed (clang 16, -O2), and the loop after it, which
// must step count from 0 to 1, was dropped: "-2 0" instead of "-2 1"
// (the reporter's program hung). The report bisected trunk to ca18e21;
// of the releases, clang 16 miscompiles this, 15 and 19 do not.
// fixed: clang 17 since 16

#include <stdio.h>

int mask = -6, sink, pos, count, slot;
static unsigned char byte;
short outer;
static unsigned char *pb = &byte;
int *ps = &sink;

int scaled(int x)
{
	return x << 2 & mask;
}

int main(void)
{
	// clang.amd64:`andl\s+\$40,`
	unsigned char **refs[2];

	refs[slot] = &pb;
	(void)refs;
	for (outer = 4; outer != -15; outer--) {
		*ps = 0;
		for (pos = 2; scaled(10) - 40 + pos >= -1; --pos)
			;
	}
	for (; pos + *pb + count != -1; ++count)
		;
	printf("%d %d\n", pos, count);
	return 0;
}
