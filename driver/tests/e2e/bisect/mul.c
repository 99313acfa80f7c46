// run
// The test the bisect cases run against the toy compiler of history.sh:
// its strength reduction of x * 2 goes wrong between two commits.

#include <stdio.h>

static int twice(int x) { return x * 2; }

int main(void)
{
	printf("%d\n", twice(21));
	return 0;
}
