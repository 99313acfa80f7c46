// run
// llvm GH 52722: a loop that returns on its first iteration (its test
// reads a zero through a pointer) was mis-optimised at -O1 and above, so
// the enclosing endless loop went round again, flipped `flip` back to 0
// and computed ~0 % flip: SIGFPE instead of printing "-1 0". A
// regression in clang 13 (12.0.1 was right); fixed for clang 15.
// fixed: clang 15 since 13

#include <stdio.h>

int flip, k, cell, *pcell = &cell, idx, rem;

int main(void)
{
	// clang.amd64:`notl`,`idivl`
	int pair[2] = { 0, 0 };

	for (;;) {
		int *last;

		for (idx = 0; idx < 2; idx++)
			last = &pair[idx];
		if (last != pair || !last)
			for (;;) {
				flip = ~flip;
				rem = ~0 % flip;
				break;
			}
		for (; k < 2; k++)
			if (!(last && *pcell)) {
				pair[0] = 0;
				printf("%d %d\n", flip, rem);
				return 0;
			}
	}
}
