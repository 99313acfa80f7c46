// run
// Checks calls with many variadic arguments of mixed classes (C11
// 6.5.2.2p7, 7.16.1.1): 40 ints and doubles alternating, more than any
// calling convention passes in registers, so later ones come from the
// stack; a checksum weights each value by its position so any swap or
// loss shows, and the same arguments also pass through a va_list to a
// second function.

#include <stdio.h>
#include <stdarg.h>

static double
weigh(int pairs, va_list ap)
{
	double sum = 0;
	int i;

	for (i = 1; i <= pairs; i++) {
		sum += i * va_arg(ap, int);
		sum += i * va_arg(ap, double) * 1000;
	}
	return sum;
}

static double
checksum(int pairs, ...)
{
	va_list ap;
	double s;

	va_start(ap, pairs);
	s = weigh(pairs, ap);
	va_end(ap);
	return s;
}

static long long
sum_longs(int n, ...)
{
	va_list ap;
	long long s = 0;
	int i;

	va_start(ap, n);
	for (i = 1; i <= n; i++)
		s += (long long)i * va_arg(ap, long long);
	va_end(ap);
	return s;
}

int main(void)
{
	printf("%.1f\n", checksum(20,
		1, 0.5, 2, 1.5, 3, 2.5, 4, 3.5, 5, 4.5,
		6, 5.5, 7, 6.5, 8, 7.5, 9, 8.5, 10, 9.5,
		11, 10.5, 12, 11.5, 13, 12.5, 14, 13.5, 15, 14.5,
		16, 15.5, 17, 16.5, 18, 17.5, 19, 18.5, 20, 19.5));
	printf("%.1f\n", checksum(2, -1, 0.25, -2, 0.125));
	printf("%lld\n", sum_longs(12, 1LL, 2LL, 3LL, 4LL, 5LL, 6LL, 7LL, 8LL,
		9LL, 10LL, 11LL, 4000000000LL));
	return 0;
}
