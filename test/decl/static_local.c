// run
// Checks that a static local keeps its value between calls, is
// initialised once, and is zero-initialised when it has no initialiser.

#include <stdio.h>

static int counter(void)
{
	static int n = 100;

	return n++;
}

static int *zeroed(void)
{
	static int z[4];

	return z;
}

static const char *name(int reset)
{
	static char buf[8];
	static int calls;

	if (reset)
		calls = 0;
	buf[0] = (char)('0' + calls++);
	return buf;
}

int main(void)
{
	int *z;

	printf("%d ", counter());
	printf("%d ", counter());
	printf("%d\n", counter());
	z = zeroed();
	printf("%d %d %d %d\n", z[0], z[1], z[2], z[3]);
	z[2] = 7;
	printf("%d\n", zeroed()[2]);
	printf("%s ", name(0));
	printf("%s ", name(0));
	printf("%s\n", name(1));
	return 0;
}
