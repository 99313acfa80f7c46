// run
// llvm GH 29321 (also GH 48742): clang gives an assignment or a compound
// assignment to an _Atomic int object the type _Atomic(int), so using its
// value to initialise or assign a plain int is rejected ("incompatible type
// '_Atomic(int)'"). C11 6.5.16p3: the type of an assignment expression is
// that of the left operand after lvalue conversion, which drops _Atomic
// (6.3.2.1p2). A maintainer noted it fixed in clang 15; clang 14 has it.
// fixed: clang 15
// kind: rejects-valid
// requires: atomics

#include <stdio.h>

int
main(void)
{
	_Atomic int counter = 5;
	int first = (counter = 2);
	int second;

	second = counter -= 7;
	printf("%d %d %d\n", first, second, (int)counter);
	return 0;
}
