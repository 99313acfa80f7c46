// run
// Checks implicit zero initialisation (C11 6.7.9p10, p19, p21): objects
// of static storage duration with no initialiser, and every member or
// element an initialiser list does not reach, become 0, 0.0 or a null
// pointer, recursively through nested structs, arrays and unions (first
// member); {0} zeroes any aggregate; a short string leaves the rest of
// its array zero.

#include <stdio.h>
#include <stddef.h>

struct inner {
	short s;
	double d;
	void *p;
};

struct record {
	int id;
	char name[8];
	struct inner in[2];
	union {
		long l;
		char c;
	} u;
	int *ptr;
};

static struct record global;

static int
is_zero(const struct record *r)
{
	int i;

	for (i = 0; i < 8; i++)
		if (r->name[i] != 0)
			return 0;
	for (i = 0; i < 2; i++)
		if (r->in[i].s != 0 || r->in[i].d != 0.0 || r->in[i].p != NULL)
			return 0;
	return r->id == 0 && r->u.l == 0 && r->ptr == NULL;
}

int main(void)
{
	static double sd[3];
	struct record all = { 0 };
	struct record partial = { 5, "ab", { [1].d = 2.5 } };
	int sparse[100] = { [50] = 1 };
	int x = 1, *ptrs[3] = { &x };
	char buf[8] = "ab";
	int i, zeros = 0, sum = 0;

	printf("%d %d\n", is_zero(&global), is_zero(&all));
	printf("%.1f %.1f %.1f\n", sd[0], sd[1], sd[2]);
	printf("%d %s %d %d\n", partial.id, partial.name, partial.name[2],
		partial.name[7]);
	printf("%d %.1f %d\n", partial.in[0].s, partial.in[1].d,
		partial.in[1].p == NULL);
	printf("%ld %d\n", partial.u.l, partial.ptr == NULL);
	for (i = 0; i < 100; i++) {
		zeros += sparse[i] == 0;
		sum += sparse[i];
	}
	printf("%d %d\n", zeros, sum);
	printf("%d %d %d\n", *ptrs[0], ptrs[1] == NULL, ptrs[2] == NULL);
	for (i = 2, zeros = 0; i < 8; i++)
		zeros += buf[i] == '\0';
	printf("%d\n", zeros);
	return 0;
}
