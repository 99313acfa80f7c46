// run
// llvm GH 70566: a count-down loop (5..0) with a second, "break" exit
// guarded by "cap < key && cur > lim", where cur was the counter widened
// to long for the compare and an array index. Scalar evolution took the
// unsigned compare from that non-controlling exit as proof that the
// counter never wraps unsigned (a wrong nuw on a decrementing recurrence),
// and IndVarSimplify then deleted the real "counter > 0" exit: the loop ran
// past 0, read slots[] out of bounds and printed garbage or crashed.
// Broken from clang 14 on at -O2 (still on trunk when reported, Oct 2023);
// the wrong flag is gone after the SCEV change that limits this no-wrap
// inference (llvm PR 70521, merged Oct 30 2023 for clang 18).
// fixed: clang 18 since 14

#include <stdio.h>

static long slots[6] = { 70, 1, 2, 1, 70, 2 };
static int pos, last, cap = 12;
static volatile char port;
static long lim;

int main(void)
{
	// amd64:`port\(%rip\), %[a-z]+`,`%[a-z]+, port\(%rip\)`
	int *out = &last;

	/* lim ends at -1, known only after the loops are simplified. */
	for (int r = 0; r < 6; r++)
		for (lim = 6; lim >= 0; lim--)
			;
	for (pos = 5; pos >= 0; pos--) {
		int cur = port;
		char key = (lim && port) + pos;

		cur = pos;
		last = (key & lim) != cur;
		port = ~(((~lim ^ cur) | 7) & (cap ^ (port | 4)));
		if (cap < key && cur > lim)
			break;
		pos = cur;
		*out = slots[cur];
	}
	printf("%d %d\n", pos, last);
	return 0;
}
