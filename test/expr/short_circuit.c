// run
// Checks that && and || evaluate their right operand only when needed,
// with a sequence point after the left operand.

#include <stdio.h>

static int calls;

static int trace(int v)
{
	calls++;
	printf("trace(%d)\n", v);
	return v;
}

int main(void)
{
	int i = 0;
	int *null = 0;

	printf("%d\n", trace(0) && trace(1));
	printf("%d\n", trace(1) || trace(2));
	printf("%d\n", trace(1) && trace(3));
	printf("%d\n", trace(0) || trace(0));
	printf("calls=%d\n", calls);
	if (null && *null)
		printf("unreachable\n");
	printf("%d\n", i++ == 0 && i == 1);
	printf("%d\n", (i = 5) > 3 || (i = 100));
	printf("i=%d\n", i);
	printf("%d %d\n", 5 && 7, 0 || -3);
	return 0;
}
