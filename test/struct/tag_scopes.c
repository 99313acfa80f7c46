// run
// Checks struct, union and enum tags (C11 6.7.2.3, 6.2.3): a tag
// declared in an inner block hides the outer one and names a different
// type, "struct s;" alone in a block declares a new incomplete type
// there (6.7.2.3p7), a pointer to an incomplete struct can be passed
// around until the type is completed, two structs refer to each other
// through forward declarations, and each struct has its own member name
// space, separate from tags and ordinary identifiers.

#include <stdio.h>

struct s {
	int a;
};

struct node_b;

struct node_a {
	int v;
	struct node_b *b;
};

struct node_b {
	double w;
	struct node_a *a;
};

struct opaque;

static struct opaque *
pass(struct opaque *p)
{
	return p;
}

struct opaque {
	int secret;
};

struct x {
	int x;
};

int main(void)
{
	struct s outer = { 1 };
	struct node_a na;
	struct node_b nb;
	struct opaque o = { 42 };
	struct x x = { 5 };

	{
		struct s {
			double d;
			int a;
		};
		struct s inner = { 2.5, 3 };

		printf("%.1f %d %d\n", inner.d, inner.a,
			sizeof(struct s) > sizeof outer);
	}
	{
		struct s;
		struct s *p;
		struct s {
			char tag;
		} local = { 'L' };

		p = &local;
		printf("%c\n", p->tag);
	}
	printf("%d\n", outer.a);
	na.v = 1;
	na.b = &nb;
	nb.w = 0.5;
	nb.a = &na;
	printf("%d %.1f\n", na.b->a->v, nb.a->b->w);
	printf("%d\n", pass(&o)->secret);
	printf("%d\n", x.x);
	{
		enum s { s_one = 1 };
		int s = s_one + 1;

		printf("%d\n", s);
	}
	return 0;
}
