// run
// Checks arithmetic on bit-fields (C11 6.7.2.1p10, 6.3.1.1p2), values
// only, not layout: compound assignments and -- on unsigned bit-fields
// wrap modulo 2^width; the value of an assignment or ++ expression is
// the bit-field's value after conversion (6.5.16p3); an unsigned
// bit-field narrower than int promotes to int, a 32-bit one to unsigned
// int; a one-bit signed field holds 0 and -1; unnamed fields are skipped
// by initialisers.

#include <stdio.h>
#include <limits.h>

_Static_assert(sizeof(int) * CHAR_BIT == 32, "a 32-bit int is assumed");

struct bits {
	unsigned int nib : 4;
	unsigned int : 3;
	unsigned int tri : 3;
	unsigned int : 0;
	unsigned int w31 : 31;
	unsigned int w32 : 32;
	signed int flag : 1;
};

int main(void)
{
	struct bits b = { 15, 5, 0, 0, -1 };
	int i, r;

	printf("%d %d %d %d %d\n", b.nib, b.tri, b.w31, (int)b.w32, b.flag);
	b.nib += 3;
	printf("%d\n", b.nib);
	b.nib -= 5;
	printf("%d\n", b.nib);
	b.nib *= 7;
	printf("%d\n", b.nib);
	b.nib <<= 2;
	printf("%d\n", b.nib);
	b.tri = 0;
	b.tri--;
	printf("%d\n", b.tri);
	for (i = 0; i < 20; i++)
		b.tri++;
	printf("%d\n", b.tri);
	r = (b.tri = 9);
	printf("%d %d\n", r, b.tri);
	b.tri = 7;
	r = ++b.tri;
	printf("%d %d\n", r, b.tri);
	printf("%d %d\n", b.w31 - 1 < 0, b.w32 - 1 < 0);
	b.w32 = 0;
	b.w32--;
	printf("%u\n", b.w32);
	b.w31 = 0;
	b.w31--;
	printf("%d\n", b.w31);
	b.flag = 0;
	printf("%d ", b.flag);
	b.flag = -1;
	printf("%d\n", b.flag);
	return 0;
}
