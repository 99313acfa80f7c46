// run
// Checks function pointer comparison and conversion (C11 6.5.9p6,
// 6.3.2.3p8): pointers to the same function compare equal however they
// were formed, pointers to different functions and a null pointer
// compare unequal, and a pointer converted to another function pointer
// type and back compares equal to the original and calls it correctly;
// a table of a generic type holds functions of different types, each
// converted back to its own type before the call.

#include <stdio.h>

typedef void (*generic_fn)(void);

static int twice(int x) { return 2 * x; }
static int thrice(int x) { return 3 * x; }
static double mean(double a, double b) { return (a + b) / 2; }
static const char *greet(void) { return "hello"; }

enum kind { K_INT, K_DOUBLE2, K_STR };

struct entry {
	enum kind kind;
	generic_fn fn;
};

static void
call(const struct entry *e)
{
	switch (e->kind) {
	case K_INT:
		printf("%d\n", ((int (*)(int))e->fn)(21));
		break;
	case K_DOUBLE2:
		printf("%.2f\n", ((double (*)(double, double))e->fn)(1, 2));
		break;
	case K_STR:
		printf("%s\n", ((const char *(*)(void))e->fn)());
		break;
	}
}

int main(void)
{
	int (*a)(int) = twice, (*b)(int) = &twice, (*c)(int) = thrice;
	int (*none)(int) = NULL;
	generic_fn g = (generic_fn)twice;
	int (*back)(int) = (int (*)(int))g;
	const struct entry table[] = {
		{ K_INT, (generic_fn)twice }, { K_DOUBLE2, (generic_fn)mean },
		{ K_STR, (generic_fn)greet }, { K_INT, (generic_fn)thrice },
	};
	size_t i;

	printf("%d %d %d\n", a == b, a == *b, a == twice);
	printf("%d %d %d\n", a != c, a != none, none == NULL);
	printf("%d %d\n", back == twice, back(5));
	printf("%d\n", g == (generic_fn)twice);
	for (i = 0; i < sizeof table / sizeof table[0]; i++)
		call(&table[i]);
	return 0;
}
