// run
// llvm GH 60171: a GNU statement expression whose last expression statement
// reads an _Atomic object was given the _Atomic type itself, so using its
// value as an operand was rejected: "invalid argument type '_Atomic(int)' to
// unary expression". The value of a statement expression is an rvalue, and
// reading an atomic lvalue yields the non-atomic type (C11 6.3.2.1p2); GCC
// accepts it.
// fixed: clang 21
// kind: rejects-valid
// requires: (gcc || clang) && atomics

#include <stdio.h>

static _Atomic _Bool ready = 1;
static _Atomic int level = 6;

int
main(void)
{
	int neg = -__extension__({ level; });
	int not = !__extension__({ ready; });
	int sum = __extension__({ level; }) + 1;
	char c = __extension__({ level; });

	printf("%d %d %d %d\n", neg, not, sum, c);
	return 0;
}
