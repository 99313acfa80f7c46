#include <stdio.h>
#include "node.h"

int walk(void);

int
main(void)
{
	const struct node *n;

	for (n = &head; n; n = n->next)
		printf("%d -> %d\n", n->value, n->visit(n->value));
	printf("walk %d\n", walk());
	*third_counter = 5;
	*last_counter = 9;
	printf("%d %d\n", counters[2], counters[7]);
	printf("%d %d\n", third_counter == &counters[2], (int)(last_counter - third_counter));
	printf("%d %d\n", *middle_value, middle_value == &middle.value);
	printf("%d %d\n", head.visit == square, middle.visit == &negate);
	return 0;
}
