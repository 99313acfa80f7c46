// errorcheck
// gcc PR 31871: a pointer cast to an integer type accepted in a constant expression
// C11 6.6p6 allows casts only from arithmetic types there, so the array
// bound below is not constant and the enumerator value is invalid.

#include <stdint.h>

extern int c[1 + ((intptr_t)(void *)0)];		// ERROR "variabl"
enum e { E = (1 + ((intptr_t)(void *)0)), E2 = 0 };	// ERROR "not an integer constant"
