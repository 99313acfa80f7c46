#include <stdio.h>
#include <string.h>
#include "counter.h"

static int helper(void)
{
	return 3;
}

int
main(void)
{
	counter_add(2);
	counter_add(5);
	printf("total %d step %d\n", counter_total, counter_step);
	printf("helpers %d %d\n", util_helper(), helper());
	printf("calls %d %d\n", counter_calls(), util_calls());
	printf("total %d\n", counter_total);
	printf("%s (%d chars)\n", counter_name, (int)strlen(counter_name));
	return 0;
}
