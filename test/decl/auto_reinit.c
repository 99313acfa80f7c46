// run
// Checks the lifetime of automatic objects (C11 6.2.4p5, p6; 6.8p3): an
// initialiser runs each time its declaration is reached, in every loop
// iteration and again after a backward goto, while a static local keeps
// its value; every active call of a recursive function has its own
// objects, which keep their values across the inner calls.

#include <stdio.h>

static int
depth_sum(int n)
{
	int mine = n * 10;
	int below;

	if (n == 0)
		return 0;
	below = depth_sum(n - 1);
	printf("level %d keeps %d\n", n, mine);
	return mine + below;
}

int main(void)
{
	int i, rounds = 0;

	for (i = 0; i < 3; i++) {
		int fresh = 100;
		static int kept = 100;

		fresh += i;
		kept += i;
		printf("%d %d\n", fresh, kept);
	}
again:
	{
		int n = 5;

		n *= 2;
		printf("n=%d\n", n);
		if (++rounds < 3)
			goto again;
	}
	printf("%d\n", depth_sum(3));
	return 0;
}
