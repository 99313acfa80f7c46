// run
// Checks passing structs by value (the callee gets a copy) and returning
// them by value, including large structs and member access on the result.

#include <stdio.h>

struct vec {
	double x, y;
};

struct big {
	int data[64];
	int len;
};

static struct vec add(struct vec a, struct vec b)
{
	struct vec r = { a.x + b.x, a.y + b.y };

	return r;
}

static struct vec scale(struct vec v, double k)
{
	v.x *= k;
	v.y *= k;
	return v;
}

static struct big fill(int n)
{
	struct big b;
	int i;

	b.len = n;
	for (i = 0; i < n; i++)
		b.data[i] = i * i;
	return b;
}

static int total(struct big b)
{
	int s = 0, i;

	for (i = 0; i < b.len; i++)
		s += b.data[i];
	b.len = 0;
	return s;
}

int main(void)
{
	struct vec a = { 1.5, 2.0 }, b = { 0.5, -1.0 };
	struct vec c = add(a, scale(b, 4));
	struct big g = fill(64);

	printf("%.2f %.2f\n", c.x, c.y);
	printf("%.2f %.2f\n", a.x, b.y);
	printf("%.1f\n", add(a, a).y);
	printf("%d\n", total(g));
	printf("%d\n", g.len);
	printf("%d\n", fill(10).data[9]);
	return 0;
}
