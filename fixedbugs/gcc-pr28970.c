// run
// gcc PR 28970: wrong code for a loop passing counter * bcount to a call
// The counter is clamped to q - 1; checks every product the callee sees.

#include <stdio.h>

static long seen[8];
static int calls;

static int
sink(long v)
{
	seen[calls++] = v;
	return calls == 6 ? -1 : 0;
}

static void
walk(int q, long bcount)
{
	int j = 0;
	int outgo = 0;

	while (j != -1) {
		outgo++;
		if (outgo > q - 1)
			outgo = q - 1;
		j = sink(outgo * bcount);
	}
}

int
main(void)
{
	walk(5, 36863);
	for (int i = 0; i < calls; i++)
		printf("%ld\n", seen[i]);
	return 0;
}
