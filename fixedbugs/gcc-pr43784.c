// run
// gcc PR 43784: wrong code assigning a returned struct over an overlapping object
// The function returns a copy of *p and the caller stores it into *q, which
// overlaps *p. The returned value is a copy (C11 6.8.6.4p3), so the store
// must see the original bytes.

#include <stdio.h>

struct block {
	unsigned char a[256];
};

union shift {
	struct {
		struct block b;
		int c;
	} d;
	struct {
		int c;
		struct block b;
	} e;
};

static union shift v;
static struct block *p = &v.d.b;
static struct block *q = &v.e.b;

static struct block
read_p(void)
{
	return *p;
}

static void
store_q(void)
{
	*q = read_p();
}

int
main(void)
{
	int bad = 0;

	for (int i = 0; i < 256; i++)
		p->a[i] = i;
	store_q();
	for (int i = 0; i < 256; i++)
		if (q->a[i] != i)
			bad++;
	printf("%d\n", bad);
	return 0;
}
