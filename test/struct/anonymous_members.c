// run
// Checks C11 anonymous struct and union members: their members are
// accessed as if they were members of the enclosing struct.

#include <stdio.h>

struct value {
	int kind;
	union {
		long i;
		double d;
		const char *s;
	};
};

struct color {
	union {
		struct {
			unsigned char r, g, b;
		};
		unsigned char rgb[3];
	};
	int alpha;
};

static void show(const struct value *v)
{
	switch (v->kind) {
	case 0:
		printf("int %ld\n", v->i);
		break;
	case 1:
		printf("double %.2f\n", v->d);
		break;
	default:
		printf("string %s\n", v->s);
	}
}

int main(void)
{
	struct value vals[3] = {
		{ 0, { .i = 42 } },
		{ .kind = 1, .d = 0.25 },
		{ .kind = 2, .s = "anon" },
	};
	struct color c = { .r = 10, .g = 20, .b = 30, .alpha = 255 };
	int i;

	for (i = 0; i < 3; i++)
		show(&vals[i]);
	vals[0].i = -7;
	show(&vals[0]);
	printf("%d %d %d %d\n", c.r, c.g, c.b, c.alpha);
	c.g = 99;
	printf("%d\n", c.g);
	return 0;
}
