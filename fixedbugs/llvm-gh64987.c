// errorcheck -0 -Wformat
// llvm GH 64987: -Wformat did not notice a scanf %c conversion whose
// argument points to a _Bool. %c stores a char through a char * (C11
// 7.21.6.2p12), and _Bool * is not a compatible pointer type, so the call
// has undefined behaviour; clang now reports the mismatch as GCC does.
// fixed: clang 18
// requires: gcc || clang

#include <stdio.h>

int
read_flag(_Bool *flag, char *letter)
{
	return scanf("%c %c", letter, flag);	// ERROR "_Bool \*"
}
