// run
// Checks struct values returned from functions: a member of the result
// may be used directly, including an element of an array member, which
// lives in an object with temporary lifetime until the end of the full
// expression (C11 6.2.4p8, 6.5.2.2p5); a returned struct passed straight
// to another function, chained assignment of struct values, and a
// callee changing its by-value copy without touching the caller's.

#include <stdio.h>
#include <string.h>

struct vec {
	int v[4];
	char tag[8];
};

struct wrap {
	struct vec inner;
	int n;
};

static struct vec
make(int base, const char *tag)
{
	struct vec r;
	int i;

	for (i = 0; i < 4; i++)
		r.v[i] = base + i;
	strcpy(r.tag, tag);
	return r;
}

static int
total(struct vec x)
{
	int i, s = 0;

	for (i = 0; i < 4; i++) {
		s += x.v[i];
		x.v[i] = 0;
	}
	return s;
}

static struct wrap
wrap(struct vec v, int n)
{
	struct wrap w = { v, n };

	return w;
}

int main(void)
{
	struct vec a, b, c;

	printf("%d %d\n", make(10, "x").v[2], make(0, "y").v[3]);
	printf("%s %c\n", make(1, "temp").tag, make(1, "zq").tag[1]);
	printf("%d\n", total(make(100, "t")));
	printf("%d %s\n", wrap(make(5, "w"), 9).inner.v[0],
		wrap(make(5, "w"), 9).inner.tag);
	a = b = c = make(7, "abc");
	c.v[0] = -1;
	printf("%d %d %d %s\n", a.v[0], b.v[0], c.v[0], b.tag);
	printf("%d %d\n", total(a), a.v[3]);
	return 0;
}
