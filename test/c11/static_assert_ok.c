// run
// Checks _Static_assert where it may appear: file scope, block scope and
// inside a struct declaration; passing assertions have no other effect.

#include <stdio.h>
#include <limits.h>
#include <assert.h>

_Static_assert(CHAR_BIT >= 8, "a byte has at least 8 bits");
_Static_assert(sizeof(char) == 1, "sizeof(char) is 1 by definition");
static_assert(INT_MAX >= 32767, "static_assert macro from <assert.h>");

struct header {
	unsigned char kind;
	_Static_assert(UCHAR_MAX >= 255, "kind fits every value");
	unsigned char flags;
};

enum { SLOTS = 8 };

int main(void)
{
	struct header h = { 1, 2 };

	_Static_assert(SLOTS * 2 == 16, "arithmetic in constant expressions");
	_Static_assert(sizeof h >= 2, "sizeof is a constant expression");
	for (int i = 0; i < 1; i++) {
		_Static_assert(1, "");
		printf("%d %d\n", h.kind, h.flags);
	}
	printf("all assertions passed\n");
	return 0;
}
