/* A declaration without inline makes the definitions here external. */
#include "shapes.h"

int clamp(int v, int lo, int hi);
extern int scaled_area(int w, int h);

int
scale_factor(void)
{
	return 2;
}

int
first_calls(void)
{
	count_calls();
	return count_calls();
}
