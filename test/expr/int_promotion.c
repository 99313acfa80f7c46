// run
// Checks the integer promotions: narrow operands are promoted to int
// before arithmetic, so small unsigned types do not wrap in expressions.

#include <stdio.h>

#define TYPE(x) _Generic((x), int: "int", unsigned: "unsigned", \
	long: "long", default: "other")

int main(void)
{
	unsigned char a = 200, b = 100;
	unsigned short us = 65535;
	signed char sc = -5;
	_Bool t = 1;

	printf("%d\n", a + b);
	printf("%s\n", TYPE(a + b));
	printf("%s\n", TYPE(+a));
	printf("%s\n", TYPE(-us));
	printf("%d\n", -us);
	printf("%s\n", TYPE(sc * sc));
	printf("%d\n", sc * sc);
	printf("%d\n", ~a);
	printf("%s\n", TYPE(t + t));
	printf("%d\n", t + t);
	printf("%d\n", (unsigned char)(a + b));
	printf("%d\n", sizeof(a + b) == sizeof(int));
	printf("%d\n", sizeof(+sc) == sizeof(int));
	return 0;
}
