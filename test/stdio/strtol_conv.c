// run
// Checks strtol/strtoul/strtod: bases 0, 2, 8, 16 and 36, the end
// pointer, leading whitespace and sign, and ERANGE on overflow.

#include <stdio.h>
#include <stdlib.h>
#include <errno.h>
#include <limits.h>

static void show(const char *s, int base)
{
	char *end;
	long v = strtol(s, &end, base);

	printf("strtol(\"%s\", %d) = %ld, rest \"%s\"\n", s, base, v, end);
}

int main(void)
{
	char *end;
	unsigned long u;
	double d;

	show("  -42xyz", 10);
	show("0x1F", 0);
	show("0x1F", 16);
	show("017", 0);
	show("1011", 2);
	show("zz", 36);
	show("+7", 10);
	show("abc", 10);
	show("0x", 16);
	errno = 0;
	show("99999999999999999999", 10);
	printf("%d\n", errno == ERANGE);
	u = strtoul("ffffffff", &end, 16);
	printf("%lu %d\n", u, *end == '\0');
	d = strtod("  -2.5e3rest", &end);
	printf("%.1f \"%s\"\n", d, end);
	printf("%d %d\n", atoi(" 123abc"), atoi("-0"));
	return 0;
}
