// run
// Checks the usual arithmetic conversions between signed and unsigned
// operands of various ranks.

#include <stdio.h>

#define TYPE(x) _Generic((x), int: "int", unsigned: "unsigned", \
	long: "long", unsigned long: "unsigned long", \
	long long: "long long", unsigned long long: "unsigned long long", \
	float: "float", double: "double", long double: "long double", \
	default: "other")

int main(void)
{
	int neg = -1;
	unsigned u = 1;

	printf("%s\n", TYPE(neg + u));
	printf("%d\n", neg < u);
	printf("%u\n", neg + u);
	printf("%d\n", -1 < 0u);
	printf("%s\n", TYPE(1u + 1L));
	printf("%s\n", TYPE(1 + 1ull));
	printf("%s\n", TYPE(1L + 1ul));
	printf("%s\n", TYPE(1ul + 1ll));
	printf("%s\n", TYPE(1 + 1.0f));
	printf("%s\n", TYPE(1.0f + 1.0));
	printf("%s\n", TYPE(1.0 + 1.0L));
	printf("%s\n", TYPE((short)1 + (char)1));
	printf("%d\n", (unsigned)neg == 0xFFFFFFFFu || sizeof(unsigned) != 4);
	printf("%.1f\n", 7 / 2 + 7 / 2.0);
	return 0;
}
