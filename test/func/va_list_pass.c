// run
// Checks passing a va_list to other functions (C11 7.16p3 and its
// footnote): a function given the va_list by value uses it up and the
// caller then only calls va_end; a function given a pointer to the
// va_list consumes some arguments and the caller carries on from where
// it stopped; and vprintf and vfprintf take the va_list of a wrapper.

#include <stdio.h>
#include <stdarg.h>

static int
sum_n(int n, va_list ap)
{
	int s = 0;

	while (n-- > 0)
		s += va_arg(ap, int);
	return s;
}

static int
total(int n, ...)
{
	va_list ap;
	int s;

	va_start(ap, n);
	s = sum_n(n, ap);
	va_end(ap);
	return s;
}

static long
take_long(va_list *app)
{
	return va_arg(*app, long);
}

static const char *
take_str(va_list *app)
{
	return va_arg(*app, const char *);
}

static void
record(const char *fmt, ...)
{
	va_list ap;
	const char *p;

	va_start(ap, fmt);
	for (p = fmt; *p; p++) {
		if (*p == 'l')
			printf("<%ld>", take_long(&ap));
		else if (*p == 's')
			printf("<%s>", take_str(&ap));
		else
			printf("<%d>", va_arg(ap, int));
	}
	va_end(ap);
	printf("\n");
}

static int
say(const char *fmt, ...)
{
	va_list ap;
	int n;

	va_start(ap, fmt);
	printf("say: ");
	n = vprintf(fmt, ap);
	va_end(ap);
	return n;
}

static void
warn(const char *fmt, ...)
{
	va_list ap;

	va_start(ap, fmt);
	fflush(stdout);
	fprintf(stderr, "warn: ");
	vfprintf(stderr, fmt, ap);
	va_end(ap);
	fflush(stderr);
}

int main(void)
{
	int n;

	printf("%d %d\n", total(3, 1, 2, 3), total(0));
	record("lsil", 2000000000L, "mid", 7, -3L);
	n = say("%s=%d\n", "x", 42);
	printf("%d\n", n);
	warn("%d%%\n", 99);
	return 0;
}
