#include "mathx.h"

/* The external definitions of square and cube live in this file. */
extern inline int square(int x);
extern inline int cube(int x);

const int mathx_bias = 1000;

int
(*square_address_a(void))(int)
{
	return square;
}
