// run
// Checks C11 anonymous structures and unions nested several levels deep
// (C11 6.7.2.1p13): their members are members of the outermost struct,
// reachable by one name in member access, designated initialisers and
// offsetof; an anonymous struct keeps its members in order; whole-struct
// assignment copies them; and the members of an anonymous union overlap
// (w and radius form a common initial sequence, 6.5.2.3p6).

#include <stdio.h>
#include <stddef.h>

struct shape {
	int kind;
	union {
		struct {
			double w, h;
		};
		struct {
			double radius;
			int segments;
		};
	};
	struct {
		int x, y;
	};
};

static double
area(const struct shape *s)
{
	return s->kind == 0 ? s->w * s->h : 3 * s->radius * s->radius;
}

int main(void)
{
	struct shape rect = { .kind = 0, .w = 2, .h = 3.5, .x = 1, .y = 2 };
	struct shape circ = { .kind = 1, .radius = 2, .segments = 12 };
	struct shape copy;

	printf("%.1f %.1f\n", area(&rect), area(&circ));
	printf("%d %d %d\n", rect.x, rect.y, circ.segments);
	printf("%d\n", offsetof(struct shape, w) ==
		offsetof(struct shape, radius));
	printf("%d\n", offsetof(struct shape, w) < offsetof(struct shape, h));
	printf("%d\n", offsetof(struct shape, x) < offsetof(struct shape, y));
	printf("%d\n", offsetof(struct shape, kind) <
		offsetof(struct shape, w));
	printf("%d\n", (void *)&circ.radius == (void *)&circ.w);
	copy = rect;
	copy.h = 10;
	printf("%.1f %.1f %d %d\n", copy.w, copy.h, copy.x, copy.y);
	printf("%.1f\n", rect.h);
	circ.w = 0.5;
	printf("%.1f\n", circ.radius);
	return 0;
}
