#include <stdio.h>
#include "va.h"

long long
sum_rest(int n, va_list ap)
{
	long long s = 0;

	while (n-- > 0)
		s += va_arg(ap, int);
	return s;
}

int
format(char *buf, int size, const char *fmt, ...)
{
	va_list ap;
	int r;

	va_start(ap, fmt);
	r = vsnprintf(buf, (size_t)size, fmt, ap);
	va_end(ap);
	return r;
}
