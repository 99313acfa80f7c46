// run
// Checks function-like macro arguments: commas inside parentheses do not
// split arguments, arguments are expanded before substitution, empty
// arguments, and why macro bodies parenthesise their parameters.

#include <stdio.h>

#define SQUARE_BAD(x) x * x
#define SQUARE(x) ((x) * (x))
#define FIRST(a, b) (a)
#define SECOND(a, b) (b)
#define MAX(a, b) ((a) > (b) ? (a) : (b))
#define N 4
#define OPT(x) (0 x + 1)
#define SWAP(t, a, b) do { t tmp_ = (a); (a) = (b); (b) = tmp_; } while (0)

static int pair(int a, int b)
{
	return 10 * a + b;
}

int main(void)
{
	int x = 3, y = 9;

	printf("%d %d\n", SQUARE_BAD(1 + 2), SQUARE(1 + 2));
	printf("%d\n", FIRST(pair(1, 2), 5));
	printf("%d\n", SECOND((1, 2), 5));
	printf("%d\n", MAX(N, x));
	printf("%d %d\n", OPT(), OPT(+ 4));
	if (x < y)
		SWAP(int, x, y);
	else
		printf("not here\n");
	printf("%d %d\n", x, y);
	printf("%d\n", SQUARE(SQUARE(2)));
	return 0;
}
