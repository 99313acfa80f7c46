#include <stdio.h>
#include "stack.h"

static void
print_item(int v, void *arg)
{
	int *count = arg;

	printf("%s%d", *count ? " " : "", v);
	++*count;
}

int
main(void)
{
	struct stack *s = stack_new();
	int i, v, count = 0;

	if (s == NULL)
		return 1;
	for (i = 1; i <= 10; i++)
		if (stack_push(s, i * 3) != 0)
			return 1;
	stack_pop(s, &v);
	printf("popped %d\n", v);
	stack_each(s, print_item, &count);
	printf("\ncount %d\n", count);
	while (stack_pop(s, &v) == 0)
		;
	printf("empty %d\n", stack_pop(s, &v));
	stack_free(s);
	return 0;
}
