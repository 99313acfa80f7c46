// run
// Checks va_copy (C11 7.16.1.2): a copy taken at the start lets the
// arguments be traversed twice (first to measure, then to use), a copy
// taken part way through resumes from that point while the original
// goes on independently, and every va_copy is matched by its own va_end.

#include <stdio.h>
#include <stdarg.h>

static void
stats(int n, ...)
{
	va_list ap, again;
	double sum = 0, mean, dev = 0;
	int i;

	va_start(ap, n);
	va_copy(again, ap);
	for (i = 0; i < n; i++)
		sum += va_arg(ap, double);
	va_end(ap);
	mean = n ? sum / n : 0;
	for (i = 0; i < n; i++) {
		double d = va_arg(again, double) - mean;

		dev += d * d;
	}
	va_end(again);
	printf("n=%d mean=%.2f var=%.2f\n", n, mean, n ? dev / n : 0);
}

static void
split(int head, ...)
{
	va_list ap, rest;
	int i;

	va_start(ap, head);
	for (i = 0; i < head; i++)
		printf("%d ", va_arg(ap, int));
	va_copy(rest, ap);
	printf("| %d ", va_arg(ap, int));
	printf("%d | ", va_arg(ap, int));
	printf("%d ", va_arg(rest, int));
	printf("%d\n", va_arg(rest, int));
	va_end(rest);
	va_end(ap);
}

int main(void)
{
	stats(4, 1.0, 2.0, 3.0, 6.0);
	stats(1, 5.5);
	stats(0);
	split(2, 10, 20, 30, 40);
	return 0;
}
