// run
// Checks null pointer constants and null pointers (C11 6.3.2.3p3, p4):
// 0, 0L, 1 - 1 (any integer constant expression with value 0),
// (void *)0 and NULL all convert to a null pointer of any type; null
// pointers compare equal to each other and unequal to any object's or
// function's address, are false in a condition and under !, and static
// pointers without initialiser start as null.

#include <stdio.h>
#include <stddef.h>

struct s {
	int *p;
	void (*fn)(void);
};

static int *spt;
static struct s ss;

static void fn(void) { }

int main(void)
{
	int x = 1;
	int *a = 0, *b = 0L, *c = (void *)0, *d = NULL, *e = 1 - 1;
	char *cp = (char *)0;
	void (*fp)(void) = 0;
	void *vp = a;

	printf("%d %d %d %d\n", a == b, b == c, c == d, d == e);
	printf("%d %d\n", a == (int *)(void *)cp, vp == NULL);
	printf("%d %d\n", a != &x, fp != fn);
	printf("%d %d %d\n", !a, a ? 1 : 0, (_Bool)a);
	printf("%d %d %d\n", spt == NULL, ss.p == NULL, ss.fn == NULL);
	if (!fp)
		fp = fn;
	printf("%d\n", fp == fn);
	a = &x;
	printf("%d %d\n", a != NULL, !!a);
	printf("%d\n", (int *)NULL == (int *)0);
	return 0;
}
