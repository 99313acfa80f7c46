// run
// Checks initialisation of anonymous members (C11 6.7.2.1p13, 6.7.9):
// designators name the members of anonymous structs and unions directly,
// positional initialisers treat an anonymous member as one subobject
// (with braces or by brace elision), only the first member of an
// anonymous union is initialised without a designator, and members not
// named are zero.

#include <stdio.h>

struct shape {
	int kind;
	union {
		struct {
			int w, h;
		};
		int r;
	};
	int color;
};

struct point3 {
	struct {
		int x, y;
	};
	int z;
};

int main(void)
{
	struct shape a = { 1, { { 3, 4 } }, 9 };
	struct shape b = { .kind = 2, .r = 7, .color = 5 };
	struct shape c = { .h = 6 };
	struct shape d = { 3, 10, 20, 30 };
	struct point3 p = { 1, 2, 3 };
	struct point3 q = { .z = 9, .x = 8 };
	struct shape arr[2] = { [1].w = 11, [1].color = 12 };

	printf("%d %d %d %d\n", a.kind, a.w, a.h, a.color);
	printf("%d %d %d\n", b.kind, b.r, b.color);
	printf("%d %d %d %d\n", c.kind, c.w, c.h, c.color);
	printf("%d %d %d %d\n", d.kind, d.w, d.h, d.color);
	printf("%d %d %d\n", p.x, p.y, p.z);
	printf("%d %d %d\n", q.x, q.y, q.z);
	printf("%d %d %d %d\n", arr[0].w, arr[1].w, arr[1].h, arr[1].color);
	return 0;
}
