// compile
// gcc PR 22439: internal compiler error on a 2-D VLA whose bound has type size_t
// The type of the bound was not preserved; the function must compile.

#include <stddef.h>

char
first_of(size_t n)
{
	char c[1][n];

	c[0][0] = 'k';
	return c[0][0];
}
