// errorcheck -0
// clang GH 119360: a variable length array type given to va_arg made
// clang crash (segfault in code generation) instead of compiling. Array
// types never match a promoted argument, so such a va_arg is undefined
// if executed, and since clang 20 clang warns about it (-Wvarargs) and
// carries on. GCC 12 ICEs on this too and tcc's <stdarg.h> cannot parse
// an array type name, so the case is clang-only.
// fixed: clang 20
// requires: clang

#include <stdarg.h>

int
first_row(int cols, ...)
{
	va_list ap;
	int *row;

	va_start(ap, cols);
	row = va_arg(ap, int[cols]);	// ERROR "second argument to 'va_arg' is of array type"
	va_end(ap);
	return row != 0;
}
