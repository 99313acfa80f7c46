// run
// Checks the type of the result of expressions, as _Generic sees it:
// the usual arithmetic conversions for binary operators (C11 6.3.1.8),
// the promoted left operand for shifts (6.5.7p3), int for relational,
// equality and logical operators (6.5.8p6, 6.5.9p3, 6.5.13p3), the left
// operand's type for assignments (6.5.16p3), and unsigned unary minus.
// The controlling expression is not evaluated (6.5.1.1p3), so the
// assignments inside TYPE() leave c unchanged.

#include <stdio.h>
#include <stddef.h>
#include <limits.h>

_Static_assert(LLONG_MAX > UINT_MAX, "long long must hold every unsigned");

#define TYPE(x) _Generic((x), char: "char", signed char: "schar", \
	unsigned char: "uchar", short: "short", unsigned short: "ushort", \
	int: "int", unsigned: "unsigned", long: "long", \
	unsigned long: "ulong", long long: "llong", \
	unsigned long long: "ullong", float: "float", double: "double", \
	long double: "ldouble", _Bool: "bool", default: "other")

int main(void)
{
	char c = 'a';
	unsigned char uc = 1;
	unsigned short us = 1;
	unsigned u = 1;
	long long ll = 1;
	float f = 1;

	printf("%s %s %s\n", TYPE(c + uc), TYPE(us + u), TYPE(ll + u));
	printf("%s %s %s\n", TYPE(f + ll), TYPE(f * 2.0), TYPE(u + 1.0L));
	printf("%s %s %s\n", TYPE(uc << 1L), TYPE(u << 1ULL), TYPE(1ULL >> u));
	printf("%s %s %s\n", TYPE(1.0 < 2.0), TYPE(ll == ll), TYPE(!f));
	printf("%s %s\n", TYPE(f && ll), TYPE(u || c));
	printf("%s %s %s\n", TYPE(c = 300 - 200), TYPE(uc += 1000),
		TYPE(f /= 2));
	printf("%s %s %s\n", TYPE(-u), TYPE(~uc), TYPE((_Bool)5));
	printf("%s %s\n", TYPE('x'), TYPE(L'x' + 0 == 'x'));
	printf("%d\n", -u == UINT_MAX);
	printf("%d\n", c);
	printf("%d\n", _Generic(sizeof c, size_t: 1, default: 0));
	printf("%d\n", _Generic(&c - &c, ptrdiff_t: 1, default: 0));
	return 0;
}
