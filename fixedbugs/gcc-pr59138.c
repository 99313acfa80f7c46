// run
// gcc PR 59138: wrong code for copies of a packed struct near a store to a global
// The global set to 0 between two struct copies must stay 0.
// #pragma pack is not standard C but is understood by gcc, clang and tcc.

#include <stdio.h>

#pragma pack(1)

struct rec {
	int f0;
	int f1;
	int f2;
	short f3;
};

#pragma pack()

short a = 1;
struct rec b = { 1 }, c, d, e;

static struct rec
get_c(void)
{
	return c;
}

static void
copy_all(void)
{
	b = get_c();
	a = 0;
	d = e;
}

int
main(void)
{
	copy_all();
	printf("%d %d %d\n", a, b.f0, (int)sizeof(struct rec));
	return 0;
}
