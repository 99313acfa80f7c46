// run
// Checks setjmp/longjmp: the second return of setjmp yields the value
// passed to longjmp (0 becomes 1), and volatile locals keep their values.
// setjmp is only used in the contexts C11 7.13.1.1 allows.

#include <stdio.h>
#include <setjmp.h>

static jmp_buf env;
static int depth;

static void dive(int n)
{
	depth++;
	if (n == 0)
		longjmp(env, depth);
	dive(n - 1);
}

static void zero(void)
{
	longjmp(env, 0);
}

int main(void)
{
	volatile int tries = 0;

	switch (setjmp(env)) {
	case 0:
		tries++;
		dive(4);
		printf("not reached\n");
		break;
	case 5:
		printf("returned 5 after %d try\n", tries);
		break;
	default:
		printf("unexpected depth %d\n", depth);
	}

	if (setjmp(env) == 0) {
		zero();
	} else {
		printf("longjmp(env, 0) made setjmp return nonzero\n");
	}

	tries = 0;
	switch (setjmp(env)) {
	case 0:
		tries = 10;
		longjmp(env, 2);
	case 2:
		printf("case 2, tries=%d\n", tries);
		break;
	default:
		printf("unexpected\n");
	}
	return 0;
}
