#include "counter.h"

int counter_total = 0;
const int counter_step = 3;
const char counter_name[] = "shared counter";

static int calls;

static int helper(void)
{
	return 1;
}

void
counter_add(int times)
{
	calls += helper();
	counter_total += times * counter_step;
}

int
counter_calls(void)
{
	return calls;
}
