// run
// llvm GH 49563: an _Atomic-qualified pointer with static storage could not
// be initialised from a null pointer constant such as ((void *)0), the usual
// expansion of NULL: clang said "initializer element is not a compile-time
// constant" (and, for a function pointer, also complained about converting
// void * to a function pointer). A null pointer constant converts to any
// pointer type (C11 6.3.2.3p3) and is a valid static initialiser.
// fixed: clang 17
// kind: rejects-valid
// requires: atomics

#include <stdio.h>

typedef int (*callback)(int);

static _Atomic callback hook = ((void *)0);
static _Atomic(const char *) label = ((void *)0);
static _Atomic(double *) slots[3] = { 0, ((void *)0) };

int
main(void)
{
	int empty = hook == 0 && label == 0;

	for (int i = 0; i < 3; i++)
		empty += slots[i] == 0;
	printf("%d\n", empty);
	return 0;
}
