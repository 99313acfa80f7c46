#include "node.h"

const struct node middle = { &tail, 20, negate };
int counters[8];
const int *const middle_value = &middle.value;

int
negate(int v)
{
	return -v;
}
