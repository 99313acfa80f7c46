#include <stdio.h>

static int twice(int x) { return x * 2; }

int main(void)
{
	printf("%d\n", twice(21));
	return 0;
}
