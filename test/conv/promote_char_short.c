// run
// Checks the integer promotions (C11 6.3.1.1p2): _Bool, char, short and
// their unsigned forms become int in arithmetic, so sums and products of
// them do not wrap at their own width, and unary + and - promote too.
// _Generic sees an unpromoted operand only when it is not an operand of
// an operator (C11 6.5.1.1p3: lvalue conversion only).

#include <stdio.h>
#include <limits.h>

_Static_assert(INT_MAX > USHRT_MAX, "int must hold every unsigned short");
_Static_assert(INT_MAX >= 2147483647, "a 32-bit int is assumed");

#define TYPE(x) _Generic((x), int: "int", unsigned: "unsigned", \
	unsigned char: "unsigned char", signed char: "signed char", \
	short: "short", unsigned short: "unsigned short", \
	_Bool: "_Bool", default: "other")

int main(void)
{
	unsigned char uc = 200, ud = 100;
	signed char sc = -100;
	short ss = -30000;
	unsigned short us = USHRT_MAX;
	_Bool b = 1;

	printf("%s %s %s %s\n", TYPE(uc), TYPE(sc), TYPE(us), TYPE(b));
	printf("%s %s %s %s\n", TYPE(+uc), TYPE(-sc), TYPE(us + us),
		TYPE(b + b));
	printf("%s %s\n", TYPE(uc << 1), TYPE(~ss));
	printf("%d %d %d\n", uc + ud, uc * ud, ud - uc);
	printf("%d %d\n", sc * sc, ss * 2);
	printf("%d\n", us + 1 == USHRT_MAX + 1);
	printf("%d %d\n", uc << 4, -uc);
	printf("%d\n", b + b + b);
	printf("%d\n", (unsigned char)(uc + ud));
	printf("%d\n", sizeof(uc + 0) == sizeof(int));
	printf("%d\n", sizeof(+sc) == sizeof(int) && sizeof sc == 1);
	return 0;
}
