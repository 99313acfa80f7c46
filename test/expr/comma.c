// run
// Checks the comma operator: left-to-right evaluation, the value and type
// of the right operand, and commas in for loops.

#include <stdio.h>

int main(void)
{
	int a, b, i, j;
	double x;

	a = (b = 3, b * 2);
	printf("%d %d\n", a, b);
	x = (a = 1, 2.5);
	printf("%d %.1f\n", a, x);
	printf("%d\n", (int)sizeof(1, (char)1));
	for (i = 0, j = 10; i < j; i += 3, j -= 3)
		printf("%d,%d ", i, j);
	printf("\n");
	a = 0;
	b = (a++, a++, a++, a);
	printf("%d\n", b);
	printf("%d\n", (0, 1) ? 11 : 22);
	return 0;
}
