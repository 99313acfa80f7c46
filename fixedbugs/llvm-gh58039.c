// run -O1
// llvm GH 58039: after inlining, Loop Strength Reduction rewrote the loop
// that looks for the first s with 2^s >= limit and folded the "(v + 71) %
// 12" computed after it into the loop's induction variables with a wrong
// start value; the "u >= 32 ? 1 : 1 >> u" test then went the other way and
// a store that must happen was skipped (result printed 0, not -1).
// Regression from clang 14, still wrong in clang 16.
// fixed: clang 17 since 14

#include <stdio.h>

static short seed;
long result;
long *dest = &result;
int spread;

int first_pow2(int limit)
{
	int s = 1;

	for (;; s++)
		if (1 << s >= limit)
			return s;
}

void store_if(int v)
{
	int rem = (v + 71) % 12, go;
	unsigned u;

	spread = 9 - rem;
	u = spread;
	go = u >= 32 ? 1 : 1 >> u;
	if (go)
		*dest = v;
	short *sp = &seed, **spp = &sp;
	(void)(spp || 0);
}

void run(void)
{
	int s = first_pow2(seed - 8);

	printf("%d\n", s);
	store_if(-s);
}

int main(void)
{
	// clang.amd64:`\$(2863311531|-6148914691236517205)`,`%e[a-z]+, spread\(%rip\)`
	run();
	printf("%ld\n", result);
	return 0;
}
