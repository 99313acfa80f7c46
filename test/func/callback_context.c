// run
// Checks callbacks that carry their own state (C11 6.5.2.2, 6.3.2.3p1):
// an iterator calls a function pointer with a void * context that the
// callback converts back to its own struct type, so one iterator serves
// a sum, a maximum and a filter; the callback's return value stops the
// walk early; and a struct bundling a function pointer with its data
// acts as a closure.

#include <stdio.h>
#include <stddef.h>

typedef int visit_fn(int value, size_t index, void *ctx);

static size_t
each(const int *v, size_t n, visit_fn *visit, void *ctx)
{
	size_t i;

	for (i = 0; i < n; i++)
		if (visit(v[i], i, ctx) != 0)
			return i;
	return n;
}

struct sum_ctx {
	long total;
};

static int
sum_cb(int value, size_t index, void *ctx)
{
	struct sum_ctx *s = ctx;

	(void)index;
	s->total += value;
	return 0;
}

struct max_ctx {
	int best;
	size_t where;
};

static int
max_cb(int value, size_t index, void *ctx)
{
	struct max_ctx *m = ctx;

	if (index == 0 || value > m->best) {
		m->best = value;
		m->where = index;
	}
	return 0;
}

static int
first_negative(int value, size_t index, void *ctx)
{
	(void)index;
	(void)ctx;
	return value < 0;
}

struct closure {
	int (*fn)(int, int);
	int bound;
};

static int mul(int a, int b) { return a * b; }
static int add(int a, int b) { return a + b; }

static int
invoke(const struct closure *c, int arg)
{
	return c->fn(c->bound, arg);
}

int main(void)
{
	static const int data[] = { 4, 9, -2, 9, 7, -5 };
	size_t n = sizeof data / sizeof data[0];
	struct sum_ctx s = { 0 };
	struct max_ctx m = { 0, 0 };
	struct closure times3 = { mul, 3 }, plus10 = { add, 10 };

	printf("%zu ", each(data, n, sum_cb, &s));
	printf("%ld\n", s.total);
	each(data, n, max_cb, &m);
	printf("%d at %zu\n", m.best, m.where);
	printf("%zu\n", each(data, n, first_negative, NULL));
	printf("%zu\n", each(data, 2, first_negative, NULL));
	printf("%d %d\n", invoke(&times3, 7), invoke(&plus10, 7));
	return 0;
}
