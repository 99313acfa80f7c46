// run
// Checks _Static_assert declarations (C11 6.7.10) in more places: inside
// unions and nested structs, between statements of a block, in a
// function's outermost block after other declarations, through the
// static_assert macro of <assert.h> (C11 7.2p3), with constant expressions
// built from sizeof, offsetof, _Alignof, enumerators, casts of floating
// constants and the digits guaranteed contiguous (C11 5.2.1p3). A passing
// assertion declares nothing and generates no code.

#include <stdio.h>
#include <stddef.h>
#include <assert.h>

enum color { RED, GREEN = 5, BLUE };

_Static_assert(BLUE == 6, "enumerators count on from an explicit value");
_Static_assert('9' - '0' == 9, "decimal digits are contiguous");
_Static_assert((int)3.99 == 3, "a cast of a floating constant truncates");
_Static_assert(sizeof(int[10]) == 10 * sizeof(int), "array size");

struct outer {
	int a;
	struct inner {
		char c;
		_Static_assert(sizeof(char) == 1, "inside a nested struct");
	} in;
	union {
		int i;
		_Static_assert(1, "inside an anonymous union");
		char bytes[sizeof(int)];
	};
};

static_assert(offsetof(struct outer, a) == 0, "first member at offset 0");

union both {
	_Static_assert(_Alignof(double) >= 1, "inside a union");
	double d;
	long l;
};

static int use(int x)
{
	int y = x * 2;
	_Static_assert(sizeof y == sizeof(int), "after a declaration");

	y++;
	static_assert(RED == 0, "after a statement");
	return y;
}

int main(void)
{
	struct outer o = { 1, { 'z' }, { 7 } };
	union both b;

	b.l = 3;
	printf("%d %c %d %ld\n", o.a, o.in.c, o.i, b.l);
	printf("%d\n", use(20));
	printf("%d\n", (int)(sizeof(struct outer) >= sizeof(int) * 2 + 1));
	{
		_Static_assert(sizeof(union both) >= sizeof(double), "in a block");
		printf("%d\n", (int)(sizeof(union both) % _Alignof(union both)));
	}
	return 0;
}
