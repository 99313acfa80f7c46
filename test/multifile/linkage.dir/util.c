#include "counter.h"

static int calls = 100;

static int helper(void)
{
	return 2;
}

int
util_helper(void)
{
	calls++;
	counter_total += 1000;
	return helper();
}

int
util_calls(void)
{
	return calls;
}
