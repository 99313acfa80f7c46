// errorcheck
// gcc PR 31871: a cast of a pointer to an integer type was accepted in an
// integer constant expression.
// C11 6.6p6 allows casts only from arithmetic types there, so a bound or
// an enumerator built from (intptr_t)(char *)0 is not constant: the array
// below is variably modified at file scope and the enumerator is invalid.
// Fixed on trunk 2009-03-29 (gcc/ChangeLog-2009), after the 4.4 branch point.
// fixed: gcc 4.5

#include <stdint.h>

extern char table[(intptr_t)(char *)0 + 4];		// ERROR "variabl"
enum level { LOW = 2 + (intptr_t)(char *)0, HIGH };	// ERROR "constant"
