// run
// Checks union initialisation (C11 6.7.9p17, p10): a plain initialiser
// sets the first named member, a designator picks any member, a union
// whose first member is a struct takes a braced list, a union with no
// initialiser and static storage has its first member zero, unions
// nested in arrays of structs take designators, and when two designators
// name different members the last one is the member initialised.

#include <stdio.h>

union num {
	int i;
	double d;
	unsigned char bytes[8];
};

struct tagged {
	int kind;
	union {
		long l;
		const char *s;
	} v;
};

union pairs {
	struct {
		int a, b;
	} s;
	int x;
};

static union num zero;

int main(void)
{
	union num a = { 42 };
	union num b = { .d = 2.5 };
	union num c = { .bytes = { 1, 2 } };
	union num o = { .i = 1, .d = 0.5 };
	union pairs p = { { 3, 4 } };
	struct tagged t[] = { { 0, { 10 } }, { 1, { .s = "str" } },
		[3] = { .v.l = -1, .kind = 0 } };
	int i;

	printf("%d %.1f\n", a.i, b.d);
	for (i = 0; i < 8; i++)
		printf("%d%c", c.bytes[i], i == 7 ? '\n' : ' ');
	printf("%.1f\n", o.d);
	printf("%d %d\n", p.s.a, p.s.b);
	printf("%d\n", zero.i);
	printf("%zu\n", sizeof t / sizeof t[0]);
	for (i = 0; i < 4; i++) {
		if (t[i].kind == 1)
			printf("%d %s\n", t[i].kind, t[i].v.s);
		else
			printf("%d %ld\n", t[i].kind, t[i].v.l);
	}
	return 0;
}
