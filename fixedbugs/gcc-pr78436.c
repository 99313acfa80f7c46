// run
// gcc PR 78436: storing to a 24-bit bit-field clobbered the adjacent 8-bit one
// The 8-bit field is set to 0 first; a negative value then goes into the
// 24-bit field and the 8-bit field must still read 0.

#include <stdio.h>

struct packed_pair {
	signed int wide : 24;
	signed int narrow : 8;
};

static struct packed_pair g;
static volatile long value = -1193165L;

static void
store_both(void)
{
	g.narrow = 0;
	g.wide = value;
}

int
main(void)
{
	g.narrow = 5;
	store_both();
	printf("%d %d\n", g.wide, g.narrow);
	return 0;
}
