// run
// llvm GH 45061: a long chain of operators that may take an unparenthesised
// operand, such as sizeof sizeof ... sizeof x, was parsed by plain recursion
// without any check of the remaining stack, and a few thousand of them made
// clang overflow its stack and die with a segmentation fault. The expression
// is valid: every sizeof after the innermost one yields sizeof(size_t). The
// macros below expand to 4000 sizeof operators.
// fixed: clang 20
// kind: crash

#include <stdio.h>

#define SZ10 sizeof sizeof sizeof sizeof sizeof sizeof sizeof sizeof sizeof sizeof
#define SZ100 SZ10 SZ10 SZ10 SZ10 SZ10 SZ10 SZ10 SZ10 SZ10 SZ10
#define SZ1000 SZ100 SZ100 SZ100 SZ100 SZ100 SZ100 SZ100 SZ100 SZ100 SZ100
#define SZ4000 SZ1000 SZ1000 SZ1000 SZ1000

static char payload[3];

int
main(void)
{
	size_t deep = SZ4000 payload;

	printf("%d\n", deep == sizeof(size_t));
	return 0;
}
