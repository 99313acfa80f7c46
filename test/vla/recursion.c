// run
// Checks that every activation of a recursive function gets its own
// variable length array (C11 6.2.4p7, 6.7.6.2): the length differs per
// level, deeper calls do not disturb the arrays of the callers, and
// sizeof reports each frame's own length. The recursion builds the rows
// of Pascal's triangle, each from the row of its caller.

#include <stdio.h>

static void row(int n, int max, const long *prev)
{
	long cur[n + 1];

	cur[0] = cur[n] = 1;
	for (int i = 1; i < n; i++)
		cur[i] = prev[i - 1] + prev[i];
	if (n < max)
		row(n + 1, max, cur);
	if (n % 4 == 0 || n == max) {
		printf("%2d (%2d):", n, (int)(sizeof cur / sizeof cur[0]));
		for (int i = 0; i <= n; i++)
			printf(" %ld", cur[i]);
		printf("\n");
	}
}

int main(int argc, char **argv)
{
	(void)argv;
	row(0, 11 + argc, NULL);
	return 0;
}
