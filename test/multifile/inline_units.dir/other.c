/* Uses the inline definitions only; its static inline copy is its own. */
#include "shapes.h"

int
second_calls(void)
{
	int i, last = 0;

	for (i = 0; i < 5; i++)
		last = count_calls() + clamp(i, 0, 2) * 0;
	return last + scaled_area(1, 1) * 100;
}
