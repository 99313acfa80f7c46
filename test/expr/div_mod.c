// run
// Checks that integer division truncates toward zero (C99 and later) and
// that (a/b)*b + a%b == a for every sign combination.

#include <stdio.h>

static void show(int a, int b)
{
	printf("%d / %d = %d, %d %% %d = %d, check %d\n",
		a, b, a / b, a, b, a % b, (a / b) * b + a % b == a);
}

int main(void)
{
	show(7, 2);
	show(-7, 2);
	show(7, -2);
	show(-7, -2);
	show(6, 3);
	show(-6, 3);
	show(1, 5);
	show(-1, 5);
	show(0, -4);
	printf("%ld\n", -9L / 4L);
	printf("%ld\n", -9L % 4L);
	printf("%u\n", 9u % 4u);
	return 0;
}
