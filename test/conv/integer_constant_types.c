// run
// requires: arch_x86_64
// Checks the type of integer constants (C11 6.4.4.1p5) on LP64: an
// unsuffixed decimal constant takes the first of int, long, long long
// that holds it, while octal and hexadecimal ones may also become
// unsigned; suffixes u, l and ll raise the starting point. -2147483648
// is unary minus applied to a long constant.

#include <stdio.h>

#define TYPE(x) _Generic((x), int: "int", unsigned: "unsigned", \
	long: "long", unsigned long: "ulong", long long: "llong", \
	unsigned long long: "ullong", default: "other")

int main(void)
{
	printf("%s %s %s\n", TYPE(2147483647), TYPE(2147483648),
		TYPE(4294967295));
	printf("%s %s %s\n", TYPE(0x7FFFFFFF), TYPE(0x80000000),
		TYPE(0xFFFFFFFF));
	printf("%s %s %s\n", TYPE(0x100000000), TYPE(017777777777),
		TYPE(020000000000));
	printf("%s %s\n", TYPE(9223372036854775807), TYPE(0x8000000000000000));
	printf("%s %s %s\n", TYPE(1u), TYPE(4294967296u), TYPE(1l));
	printf("%s %s %s\n", TYPE(0xFFFFFFFFFFFFFFFFl), TYPE(1ll),
		TYPE(0x8000000000000000ll));
	printf("%s %s %s\n", TYPE(1ul), TYPE(1llu), TYPE(1LLU));
	printf("%s %zu\n", TYPE(-2147483648), sizeof(-2147483648));
	printf("%s %s\n", TYPE('a'), TYPE(-1));
	printf("%d\n", -2147483648 < 0);
	printf("%d\n", 0x80000000 > 0);
	printf("%d\n", -0x80000000 > 0);
	return 0;
}
