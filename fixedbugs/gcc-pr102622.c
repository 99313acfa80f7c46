// run -O3
// gcc PR 102622: wrong code due to a signed one-bit integer and a ? -1 : 0
// phi-opt rewrote a ? -1 : 0 into a negation, undefined in a one-bit type.
// Checks signed 1-bit bit-fields set from conditions; such a field holds
// -1 and 0 (two's complement is assumed). mark() is opaque, so both stores
// are computed from its argument at run time.
// fixed: gcc 11 since 9

#include <stdio.h>

#ifdef __clang__
#define OPAQUE __attribute__((noinline))
#else
#define OPAQUE __attribute__((noipa))
#endif

struct bits {
	signed int on : 1;
	signed int mirror : 1;
};

static struct bits tab[8];

OPAQUE void
mark(struct bits *b, int c)
{
	// amd64:`\bset(ne|c|e)\b`,`and[lb]\s+\$-4`,`movb\s+%[a-z]+, \(%rdi\)`
	b->on = c ? -1 : 0;
	b->mirror = b->on ? 0 : -1;
}

static volatile int src[8] = { 1, 0, 5, 0, 0, -2, 1, 0 };

int
main(void)
{
	for (int i = 0; i < 8; i++)
		mark(&tab[i], src[i]);
	for (int i = 0; i < 8; i++)
		printf("%d %d\n", tab[i].on, tab[i].mirror);
	return 0;
}
