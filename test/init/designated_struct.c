// run
// Checks member designators (C11 6.7.9p7, p17, p19): members named in
// any order, nested designators .a.b, positional initialisers continuing
// after a designator with the next member (out of a nested struct into
// the enclosing one), array element designators inside a member, a later
// designator for a member overriding an earlier one, and one element of
// a braced member overridden afterwards.

#include <stdio.h>

struct point {
	int x, y;
};

struct rect {
	struct point lo, hi;
	const char *name;
};

struct four {
	int a, b, c, d;
};

struct series {
	int n;
	int v[4];
};

static void
show(const struct rect *r)
{
	printf("%s: (%d,%d) (%d,%d)\n", r->name ? r->name : "-", r->lo.x,
		r->lo.y, r->hi.x, r->hi.y);
}

int main(void)
{
	struct rect r1 = { .hi = { 3, 4 }, .name = "r1" };
	struct rect r2 = { .lo.y = 2, .hi.x = 5, 6, "r2" };
	struct rect r3 = { .name = "r3", .lo = { 1, 1 }, .lo.x = 9 };
	struct rect r4 = { .hi.y = 8 };
	struct point p = { .y = 1, .x = 2, .y = 3 };
	struct four f = { .b = 1, 2, .a = 3 };
	struct series s = { .v[2] = 5, .n = 1, .v[0] = 7, 8 };

	show(&r1);
	show(&r2);
	show(&r3);
	show(&r4);
	printf("%d %d\n", p.x, p.y);
	printf("%d %d %d %d\n", f.a, f.b, f.c, f.d);
	printf("%d: %d %d %d %d\n", s.n, s.v[0], s.v[1], s.v[2], s.v[3]);
	return 0;
}
