// run
// Checks tentative definitions of incomplete type (C11 6.9.2): an array
// of unknown size completed by a later definition, a struct object whose
// type is completed later in the file, and an array that stays
// incomplete to the end of the file, which then has one element set to
// zero (6.9.2p2, p5). Repeated static tentative definitions are one
// object with internal linkage.

#include <stdio.h>

int table[];
struct later obj;
int lonely[];
static int quiet;
static int quiet;

static int
sum_table(void)
{
	int s = 0, i;

	for (i = 0; i < 4; i++)
		s += table[i];
	return s;
}

struct later {
	int a;
	double b;
};

int table[4] = { 1, 2, 3, 4 };

int main(void)
{
	printf("%d\n", sum_table());
	printf("%zu\n", sizeof table / sizeof table[0]);
	printf("%d %.1f\n", obj.a, obj.b);
	obj.a = 7;
	obj.b = 0.5;
	printf("%d %.1f\n", obj.a, obj.b);
	printf("%d\n", lonely[0]);
	lonely[0] = 3;
	printf("%d %d\n", lonely[0], quiet);
	return 0;
}
