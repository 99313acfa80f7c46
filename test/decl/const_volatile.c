// run
// Checks const and volatile qualifiers: const objects read back their
// initialisers, pointers to const vs const pointers, volatile accesses.

#include <stdio.h>

static const int limit = 3;
static const char *const names[] = { "zero", "one", "two" };

static int sum(const int *v, int n)
{
	int s = 0;

	while (n--)
		s += *v++;
	return s;
}

int main(void)
{
	volatile int tick = 0;
	int data[3] = { 5, 6, 7 };
	int *const fixed = data;
	const int *view = data;
	int i;

	for (i = 0; i < limit; i++)
		tick += i;
	printf("%d\n", tick);
	printf("%s\n", names[2]);
	*fixed = 50;
	printf("%d\n", *view);
	view++;
	printf("%d\n", *view);
	printf("%d\n", sum(data, limit));
	printf("%d\n", _Generic(&limit, const int *: 1, default: 0));
	printf("%d\n", _Generic(fixed, int *: 1, default: 0));
	return 0;
}
