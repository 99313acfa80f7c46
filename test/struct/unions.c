// run
// Checks unions: members share storage (the size covers the largest),
// reading the member last stored, and the common-initial-sequence rule
// for structs inside a union (C11 6.5.2.3p6).

#include <stdio.h>

struct circle {
	int kind;
	double radius;
};

struct square {
	int kind;
	double side;
};

union shape {
	struct {
		int kind;
	} any;
	struct circle c;
	struct square s;
};

union scalar {
	char c;
	int i;
	double d;
	char buf[13];
};

static double area(const union shape *sh)
{
	if (sh->any.kind == 1)
		return 3.0 * sh->c.radius * sh->c.radius;
	return sh->s.side * sh->s.side;
}

int main(void)
{
	union shape shapes[2];
	union scalar u = { 'x' };
	union scalar w = { .d = 2.5 };

	shapes[0].c.kind = 1;
	shapes[0].c.radius = 2.0;
	shapes[1].s.kind = 2;
	shapes[1].s.side = 1.5;
	printf("%.2f %.2f\n", area(&shapes[0]), area(&shapes[1]));
	printf("%d %d\n", shapes[0].s.kind, shapes[1].c.kind);
	printf("%c\n", u.c);
	u.i = 1234;
	printf("%d\n", u.i);
	u.d = 0.125;
	printf("%.3f %.1f\n", u.d, w.d);
	printf("%d\n", sizeof u >= sizeof u.d && sizeof u >= 13);
	printf("%d\n", (void *)&u.c == (void *)&u.d && (void *)&u == (void *)u.buf);
	return 0;
}
