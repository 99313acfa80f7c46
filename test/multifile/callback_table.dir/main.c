#include <stdio.h>
#include <stdlib.h>
#include "ops.h"

static int total;

static void
print_event(const char *event, int value)
{
	printf("event %s %d\n", event, value);
}

static void
sum_event(const char *event, int value)
{
	(void)event;
	total += value;
}

int
main(void)
{
	int v[] = { 3, 9, -2, 7, 0 };
	int i;

	for (i = 0; i < op_count; i++)
		printf("%s(6, 3) = %d\n", op_table[i].name, op_table[i].apply(6, 3));
	i = ops_register(print_event);
	printf("%d %d\n", i, ops_register(sum_event));
	ops_emit("first", 10);
	ops_emit("second", 32);
	printf("total %d\n", total);
	qsort(v, 5, sizeof v[0], ops_compare());
	for (i = 0; i < 5; i++)
		printf("%d ", v[i]);
	printf("\n");
	printf("%d %d\n", ops_find("mul") == op_table[2].apply, ops_find("div") == 0);
	printf("%d\n", ops_find("sub")(1, 10));
	return 0;
}
