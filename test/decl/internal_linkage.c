// run
// Checks linkage rules for file-scope names (C11 6.2.2p3-p5): static
// gives internal linkage, a later extern declaration (or a function
// declaration with no storage class) of a name already declared static
// keeps the internal linkage, a block-scope extern names the same
// object, and functions with internal linkage may be called through
// pointers like any other.

#include <stdio.h>

static int counter = 10;
extern int counter;

static int twice(void);
int twice(void);

static const char *label = "internal";
extern const char *label;

int visible;

int
twice(void)
{
	return counter * 2;
}

static int
bump(void)
{
	extern int counter;

	return ++counter;
}

static int *
counter_address(void)
{
	extern int counter;

	return &counter;
}

static int
read_counter(void)
{
	int counter = -1;

	(void)counter;
	{
		extern int visible;

		visible += 5;
	}
	return counter;
}

int main(void)
{
	int (*fp)(void) = bump;

	printf("%d\n", twice());
	printf("%d ", bump());
	printf("%d\n", fp());
	printf("%d %d\n", counter, twice());
	printf("%d ", read_counter());
	printf("%d\n", visible);
	printf("%s\n", label);
	printf("%d %d\n", counter_address() == &counter, fp == bump);
	return 0;
}
