// run
// Checks conversions near the environmental limit of 4095 characters per
// conversion (C11 7.21.6.1p15): widths and precisions of a few thousand
// for %d, %s and %f, from literal digits and from '*', each producing
// exactly the expected characters; a 200-wide field is also printed
// straight to stdout.

#include <stdio.h>
#include <string.h>

static char buf[5000];

static size_t
count(const char *s, char c)
{
	size_t n = 0;

	for (; *s; s++)
		n += *s == c;
	return n;
}

int main(void)
{
	int n;

	n = snprintf(buf, sizeof buf, "%4000d", 7);
	printf("%d %zu %c\n", n, count(buf, ' '), buf[3999]);
	n = snprintf(buf, sizeof buf, "%-4095s|", "x");
	printf("%d %c %zu %c\n", n, buf[0], count(buf, ' '), buf[4095]);
	n = snprintf(buf, sizeof buf, "%.4000d", 1);
	printf("%d %zu %c\n", n, count(buf, '0'), buf[3999]);
	n = snprintf(buf, sizeof buf, "%0*d", 3000, -1);
	printf("%d %c %zu %c\n", n, buf[0], count(buf, '0'), buf[2999]);
	n = snprintf(buf, sizeof buf, "%.*f", 20, 0x1p-20);
	printf("%d %s\n", n, buf);
	n = snprintf(buf, sizeof buf, "%.1000s", "ten chars!");
	printf("%d %s\n", n, buf);
	n = snprintf(buf, sizeof buf, "%4095.4094d", -3);
	printf("%d %c %c %zu\n", n, buf[0], buf[1], count(buf, '0'));
	printf("%200s\n", "end");
	return 0;
}
