// run
// Checks that the controlling expression of _Generic is not promoted
// (C11 6.5.1.1p3): char and short select their own associations, while
// operators apply the integer promotions and the usual arithmetic
// conversions (C11 6.3.1.1, 6.3.1.8) and assignments, increments and the
// comma operator keep the type of their left or right operand (C11 6.5.16,
// 6.5.2.4, 6.5.17).

#include <stdio.h>
#include <stddef.h>

#define T(x) _Generic((x), \
	_Bool: "_Bool", char: "char", signed char: "signed char", \
	unsigned char: "unsigned char", short: "short", \
	unsigned short: "unsigned short", int: "int", unsigned: "unsigned", \
	long: "long", unsigned long: "unsigned long", long long: "long long", \
	unsigned long long: "unsigned long long", float: "float", \
	double: "double", long double: "long double", default: "other")

int main(void)
{
	char c = 'x';
	signed char sc = -1;
	unsigned char uc = 200;
	short s = 3;
	unsigned short us = 4;
	_Bool b = 1;
	float f = 1.5f;
	int arr[2];

	printf("%s %s %s\n", T(c), T(sc), T(uc));
	printf("%s %s %s\n", T(s), T(us), T(b));
	printf("%s %s %s\n", T(+c), T(-us), T(~uc));
	printf("%s %s\n", T(c + c), T(s * s));
	printf("%s %s\n", T(!f), T(b && b));
	printf("%s %s\n", T(uc << 1L), T(s >> 1u));
	printf("%s %s %s\n", T(1u + 1), T(uc + 1u), T(1L + 1ul));
	printf("%s %s %s\n", T(f + 1), T(f + 1.0), T(f * 1.0L));
	printf("%s %s\n", T(c = 'y'), T(s += 100000));
	printf("%s %s\n", T(++uc), T(us--));
	printf("%s %s\n", T((0, c)), T(b ? s : s));
	printf("%s %s\n", T('a'), T((char)'a'));
	printf("%d %d\n", _Generic(sizeof c, size_t: 1, default: 0),
		_Generic(&arr[1] - &arr[0], ptrdiff_t: 1, default: 0));
	printf("%d %d %d %d %d\n", c, uc, s, us, b);
	return 0;
}
