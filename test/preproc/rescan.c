// run
// Checks macro rescanning: a macro is not re-expanded inside its own
// expansion (self-reference), function-like macro names not followed by
// ( are left alone, and an expansion can form a call with later tokens.

#include <stdio.h>

static int counter = 100;
static int twice(int v) { return 2 * v; }

#define counter (counter + 1)
#define twice(v) (twice(v) + 1000)
#define APPLY(f) f
#define OPEN (
#define LATER APPLY(twice)

int main(void)
{
	int (*fp)(int) = twice;

	printf("%d\n", counter);
	printf("%d\n", twice(3));
	printf("%d\n", fp(3));
	printf("%d\n", (twice)(4));
	printf("%d\n", APPLY(twice)(5));
	printf("%d\n", LATER(6));
	printf("%d\n", twice OPEN 7));
	return 0;
}
