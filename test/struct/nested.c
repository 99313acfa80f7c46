// run
// Checks nested structs and arrays of structs: member access through
// . and ->, nested initialisers, and tags declared inside a struct.

#include <stdio.h>

struct point {
	int x, y;
};

struct rect {
	struct point min, max;
	struct style {
		int width;
		char name[8];
	} style;
};

static int area(const struct rect *r)
{
	return (r->max.x - r->min.x) * (r->max.y - r->min.y);
}

int main(void)
{
	struct rect rs[2] = {
		{ { 0, 0 }, { 4, 3 }, { 1, "thin" } },
		{ { 1, 1 }, { 6, 6 }, { 5, "bold" } },
	};
	struct style st = rs[1].style;
	struct rect *p = &rs[0];
	int i;

	for (i = 0; i < 2; i++)
		printf("%d %s %d\n", area(&rs[i]), rs[i].style.name,
			rs[i].style.width);
	printf("%d %s\n", st.width, st.name);
	p++;
	printf("%d\n", p->max.x);
	printf("%d\n", (&rs[0].max)->y);
	printf("%c\n", rs[0].style.name[1]);
	return 0;
}
