// run
// Checks variadic functions whose argument lists end with a sentinel
// (C11 7.16.1.1): a list of strings ended by a null pointer, which must
// be passed as (char *)NULL since NULL may be a plain 0, a list of
// non-negative ints ended by -1, and an empty list (only the sentinel);
// va_start names the last fixed parameter, va_end ends each traversal.

#include <stdio.h>
#include <stdarg.h>
#include <string.h>

static size_t
join(char *out, size_t size, const char *sep, ...)
{
	va_list ap;
	const char *s;
	size_t used = 0;
	int first = 1;

	out[0] = '\0';
	va_start(ap, sep);
	while ((s = va_arg(ap, const char *)) != NULL) {
		if (!first && used + strlen(sep) < size) {
			strcpy(out + used, sep);
			used += strlen(sep);
		}
		if (used + strlen(s) < size) {
			strcpy(out + used, s);
			used += strlen(s);
		}
		first = 0;
	}
	va_end(ap);
	return used;
}

static int
max_of(int first, ...)
{
	va_list ap;
	int best = first, v;

	if (first < 0)
		return -1;
	va_start(ap, first);
	while ((v = va_arg(ap, int)) >= 0)
		if (v > best)
			best = v;
	va_end(ap);
	return best;
}

int main(void)
{
	char buf[64];
	size_t n;

	n = join(buf, sizeof buf, ", ", "alpha", "beta", "gamma", (char *)NULL);
	printf("%zu [%s]\n", n, buf);
	n = join(buf, sizeof buf, "-", "solo", (char *)NULL);
	printf("%zu [%s]\n", n, buf);
	n = join(buf, sizeof buf, "-", (char *)NULL);
	printf("%zu [%s]\n", n, buf);
	printf("%d %d %d\n", max_of(3, 9, 2, 7, -1), max_of(5, -1), max_of(-1));
	return 0;
}
