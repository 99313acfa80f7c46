// run
// Checks do-while: the body runs at least once, the condition is tested
// after each iteration, and continue jumps to the condition.

#include <stdio.h>

int main(void)
{
	int n = 0, digits = 0, i;
	unsigned v = 90210;

	do
		n++;
	while (0);
	printf("%d\n", n);

	do {
		digits++;
		v /= 10;
	} while (v != 0);
	printf("%d\n", digits);

	v = 0;
	digits = 0;
	do {
		digits++;
		v /= 10;
	} while (v != 0);
	printf("%d\n", digits);

	i = 0;
	do {
		i++;
		if (i % 2)
			continue;
		printf("%d ", i);
	} while (i < 7);
	printf("\n");
	return 0;
}
