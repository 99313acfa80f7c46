// run
// Checks initialisers of static objects, which must be constant
// expressions (C11 6.7.9p4, 6.6p7-p9): address constants (the address of
// an element, one past the end, a string literal plus an offset, a
// function designator, an object's own address), integer constant
// expressions with sizeof, offsetof, casts and shifts, and arithmetic
// constant expressions of floating type.

#include <stdio.h>
#include <stddef.h>
#include <string.h>

struct pair {
	int *p;
	int k;
};

static int data[5] = { 1, 2, 3, 4, 5 };
static int *mid = &data[2];
static int *end = data + 5;
static const char *msg = "hello" + 1;
static int count = sizeof data / sizeof data[0];
static size_t (*len)(const char *) = strlen;
static struct pair pr = { &data[4], (int)(sizeof(int) * 2) };
static void *self = &self;
static long mask = (1L << 20) - 1;
static double quarter = 1.0 / 4;
static size_t where = offsetof(struct pair, k);
static char letter = (char)('a' + 2);
static int *const *pp = &mid;

int main(void)
{
	int *p;
	int s = 0;

	printf("%d %td\n", *mid, end - data);
	for (p = data; p != end; p++)
		s += *p;
	printf("%d %d\n", s, count);
	printf("%s %zu\n", msg, len(msg));
	printf("%d %d\n", *pr.p, pr.k == 2 * (int)sizeof(int));
	printf("%d\n", self == (void *)&self);
	printf("%ld %.2f\n", mask, quarter);
	printf("%d %c\n", where == offsetof(struct pair, k), letter);
	printf("%d\n", **pp);
	return 0;
}
