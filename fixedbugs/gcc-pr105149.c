// errorcheck
// gcc PR 105149: va_arg needs an object type (one that can be turned into a
// pointer type by appending '*'); gcc before 12 accepted a function type
// as the second argument of va_arg without any diagnostic. gcc only:
// clang 19 and later crash on this invalid input.
// fixed: gcc 12
// requires: gcc

#include <stdarg.h>

typedef int handler(int);

int
first_handler_result(int count, ...)
{
	va_list ap;
	handler *h;

	va_start(ap, count);
	h = (handler *)&va_arg(ap, handler);	// GCC_ERROR "function type"
	va_end(ap);
	return h(count);
}
