// run -Os
// llvm GH 58223: at -Os, a load of val through three levels of pointers
// in a two-trip loop was reused across a store of 0 to val through
// another pointer, so seen kept the old 5 and the later ***p3 test took
// the wrong branch and cleared keep: "0 0 5" instead of "7 0 0". A
// maintainer found a June 2021 commit (clang 13) already faulty; clang 16
// still miscompiles it, clang 19 does not.
// fixed: clang 17

#include <stdio.h>

int val = 5;
int *pval = &val, **ppval = &pval;
short step;
char zero, keep = 7;
static int *alias = &val;
static int ***ref = &ppval;
char *pkeep = &keep;
static char *pzero = &zero;
long seen;
short buf[1];
short *pbuf;

int main(void)
{
	// clang.amd64:`movl\s+\$0, val\(%rip\)`,`movb\s+\$0, zero\(%rip\)`
	int ***p3 = &ppval;

	pbuf = buf;
	for (;;) {
		for (step = 0; step <= 1; step++) {
			seen = ***p3;
			if (pbuf)
				*alias = *pzero = 0;
		}
		***p3 && (*pkeep = 0);
		if (**ref)
			break;
	}
	printf("%d %d %ld\n", keep, val, seen);
	return 0;
}
