// compile
// gcc PR 22439: internal compiler error on a 2-D VLA whose bound has type size_t
// The type of the size_t bound was not preserved when the array type was
// built, and the compiler crashed; the function must compile.
// fixed: gcc 4.1

#include <stddef.h>

size_t
corner(size_t len)
{
	unsigned char grid[2][len];

	grid[1][len - 1] = 7;
	return sizeof grid + grid[1][len - 1];
}
