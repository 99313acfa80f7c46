#include "va.h"

/* Each tag says how the next argument was passed: i int (after promotion),
 * d double, L long long, p pointer to int, s struct span. */
double
sum_tagged(const char *tags, ...)
{
	va_list ap;
	double total = 0;
	struct span sp;

	va_start(ap, tags);
	for (; *tags; tags++) {
		switch (*tags) {
		case 'i':
			total += va_arg(ap, int);
			break;
		case 'd':
			total += va_arg(ap, double);
			break;
		case 'L':
			total += (double)va_arg(ap, long long);
			break;
		case 'p':
			total += *va_arg(ap, int *);
			break;
		case 's':
			sp = va_arg(ap, struct span);
			total += sp.to - sp.from;
			break;
		}
	}
	va_end(ap);
	return total;
}

long long
sum_twice(int n, ...)
{
	va_list ap, again;
	long long first, second;
	int skip;

	va_start(ap, n);
	va_copy(again, ap);
	first = sum_rest(n, ap);
	skip = va_arg(again, int);
	second = skip + sum_rest(n - 1, again);
	va_end(again);
	va_end(ap);
	return first * 1000 + second;
}
