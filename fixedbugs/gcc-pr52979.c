// run
// gcc PR 52979: wrong code for bit-field stores and copies of a packed struct
// requires: gcc || clang
// A stale bit-field value must not survive the copy of a zeroed struct.

#include <stdio.h>

struct __attribute__((packed)) bits {
	signed int g : 31;
	signed int h : 6;
};

int c, d, e;
static struct bits b = { 1 };
struct bits a = { 1 };

static void
reset(void)
{
	struct bits zero = { 0 };

	a.h = 1;
	b = zero;
	e = 0;
	if (d)
		c = a.g;
}

static void
copy_back(void)
{
	reset();
	a = b;
}

int
main(void)
{
	copy_back();
	printf("%d %d\n", a.g, a.h);
	return 0;
}
