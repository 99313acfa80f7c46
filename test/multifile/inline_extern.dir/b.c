#include "mathx.h"

int
(*square_address_b(void))(int)
{
	return square;
}

int
use_b(int x)
{
	return cube(x) + mathx_bias;
}
