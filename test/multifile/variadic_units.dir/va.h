/* Declarations for the variadic_units test. */
#ifndef VA_H
#define VA_H

#include <stdarg.h>

struct span {
	int from, to;
};

double sum_tagged(const char *tags, ...);
long long sum_rest(int n, va_list ap);
long long sum_twice(int n, ...);
int format(char *buf, int size, const char *fmt, ...);

#endif
