// run
// Checks div, ldiv, lldiv and imaxdiv (C11 7.22.6.2, 7.8.2.2): quotient
// truncated toward zero and remainder with the sign of the dividend, as
// for / and % (6.5.5p6), so quot * d + rem gives back the dividend; and
// that / and % with an unsigned operand work on the converted value.

#include <stdio.h>
#include <stdlib.h>
#include <inttypes.h>
#include <limits.h>

_Static_assert(UINT_MAX == 4294967295u, "a 32-bit unsigned int is assumed");

static void show(int n, int d)
{
	div_t r = div(n, d);

	printf("div(%d, %d) = %d r %d, %s, %s\n", n, d, r.quot, r.rem,
		r.quot == n / d && r.rem == n % d ? "same as / %" : "differs",
		r.quot * d + r.rem == n ? "exact" : "wrong");
}

int main(void)
{
	ldiv_t l = ldiv(-1000000007L, 10);
	lldiv_t ll = lldiv(-9000000000000000001LL, 1000);
	imaxdiv_t im = imaxdiv(INTMAX_C(-17), 5);

	show(7, 2);
	show(7, -2);
	show(-7, 2);
	show(-7, -2);
	show(0, -5);
	show(INT_MIN, 3);
	printf("%ld %ld\n", l.quot, l.rem);
	printf("%lld %lld\n", ll.quot, ll.rem);
	printf("%" PRIdMAX " %" PRIdMAX "\n", im.quot, im.rem);
	printf("%d %ld %lld\n", abs(-5), labs(-6L), llabs(-7LL));
	printf("%u %u\n", -7 % 3u, -7 / 2u);
	printf("%d %d\n", -7 % 3, -7 / 2);
	return 0;
}
