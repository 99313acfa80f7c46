// run -O3
// gcc PR 102622: wrong code due to a signed one-bit integer and a ? -1 : 0
// phi-opt rewrote a ? -1 : 0 into a negation, undefined in a one-bit type.
// Checks signed 1-bit bit-fields set from conditions; such a field holds
// -1 and 0 (two's complement is assumed).

#include <stdio.h>

struct bits {
	signed int on : 1;
	signed int mirror : 1;
};

static struct bits tab[8];

static void
fill(const int *src, int n)
{
	for (int i = 0; i < n; i++) {
		tab[i].on = src[i] ? -1 : 0;
		tab[i].mirror = tab[i].on ? 0 : -1;
	}
}

int
main(void)
{
	static const int src[8] = { 1, 0, 5, 0, 0, -2, 1, 0 };

	fill(src, 8);
	for (int i = 0; i < 8; i++)
		printf("%d %d\n", tab[i].on, tab[i].mirror);
	return 0;
}
