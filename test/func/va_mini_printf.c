// run
// Checks va_arg with many argument types chosen at run time by a format
// string (C11 7.16.1.1): int, unsigned, long, long long, size_t, char
// (promoted to int), const char * and double, read in one pass by a
// small formatter; each result is compared with snprintf given the same
// arguments, and the formatter's output is printed.

#include <stdio.h>
#include <stdarg.h>
#include <string.h>

static char *
put_unsigned(char *out, unsigned long long v, unsigned base)
{
	char tmp[32];
	int n = 0;

	do {
		tmp[n++] = "0123456789abcdef"[v % base];
		v /= base;
	} while (v);
	while (n > 0)
		*out++ = tmp[--n];
	return out;
}

static char *
put_signed(char *out, long long v)
{
	if (v < 0) {
		*out++ = '-';
		return put_unsigned(out, 0ULL - (unsigned long long)v, 10);
	}
	return put_unsigned(out, (unsigned long long)v, 10);
}

/* %d %u %x %ld %lld %zu %c %s %% and %.2f (for values >= 0) */
static void
mini(char *out, const char *fmt, ...)
{
	va_list ap;
	const char *s;
	double d;
	unsigned long long cents;

	va_start(ap, fmt);
	for (; *fmt; fmt++) {
		if (*fmt != '%') {
			*out++ = *fmt;
			continue;
		}
		switch (*++fmt) {
		case 'd':
			out = put_signed(out, va_arg(ap, int));
			break;
		case 'u':
			out = put_unsigned(out, va_arg(ap, unsigned), 10);
			break;
		case 'x':
			out = put_unsigned(out, va_arg(ap, unsigned), 16);
			break;
		case 'z':
			fmt++;
			out = put_unsigned(out, va_arg(ap, size_t), 10);
			break;
		case 'c':
			*out++ = (char)va_arg(ap, int);
			break;
		case 's':
			for (s = va_arg(ap, const char *); *s; s++)
				*out++ = *s;
			break;
		case '.':
			fmt += 2;	/* skip ".2" of "%.2f" */
			/* fall through */
		case 'f':
			d = va_arg(ap, double);
			cents = (unsigned long long)(d * 100 + 0.5);
			out = put_unsigned(out, cents / 100, 10);
			*out++ = '.';
			*out++ = (char)('0' + cents / 10 % 10);
			*out++ = (char)('0' + cents % 10);
			break;
		case 'l':
			if (fmt[1] == 'l') {
				fmt += 2;
				out = put_signed(out, va_arg(ap, long long));
			} else {
				fmt++;
				out = put_signed(out, va_arg(ap, long));
			}
			break;
		default:
			*out++ = *fmt;
		}
	}
	*out = '\0';
	va_end(ap);
}

#define CHECK(fmt, ...) do { \
	char a[128], b[128]; \
	mini(a, fmt, __VA_ARGS__); \
	snprintf(b, sizeof b, fmt, __VA_ARGS__); \
	printf("%s [%s]\n", strcmp(a, b) == 0 ? "same" : "DIFF", a); \
} while (0)

int main(void)
{
	char c = 'q';

	CHECK("%d %d %d", 0, -17, 2147483647);
	CHECK("%u %x", 4000000000u, 0xbeefu);
	CHECK("%ld|%lld", -1234567L, -9223372036854775807LL - 1);
	CHECK("%zu items, %c%c", sizeof(int[10]) / sizeof(int), c, 'Z');
	CHECK("%s=%.2f, %s=%.2f", "pi", 3.25, "e", 0.75);
	CHECK("%s%s%%", "", "100");
	return 0;
}
