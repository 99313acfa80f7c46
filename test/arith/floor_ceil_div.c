// run
// Checks floor division, floor modulo, ceiling division and division
// rounded to nearest, each built on C's division that truncates toward
// zero (C11 6.5.5p6), over every sign combination of small operands;
// the floor modulo always has the sign of the divisor.

#include <stdio.h>

static int floor_div(int a, int b)
{
	int q = a / b;

	if (a % b != 0 && (a < 0) != (b < 0))
		q--;
	return q;
}

static int floor_mod(int a, int b)
{
	int r = a % b;

	if (r != 0 && (r < 0) != (b < 0))
		r += b;
	return r;
}

static int ceil_div(int a, int b)
{
	int q = a / b;

	if (a % b != 0 && (a < 0) == (b < 0))
		q++;
	return q;
}

/* halves round away from zero */
static int round_div(int a, int b)
{
	int q = a / b, r = a % b;

	if (r < 0)
		r = -r;
	if (2 * r >= (b < 0 ? -b : b))
		q += (a < 0) == (b < 0) ? 1 : -1;
	return q;
}

int main(void)
{
	static const int divisors[] = { 3, -3, 4, -4 };
	int a, i;

	for (i = 0; i < 4; i++) {
		int b = divisors[i];

		printf("b=%d\n", b);
		for (a = -7; a <= 7; a += 2)
			printf("  %2d: trunc %2d %2d floor %2d %2d"
				" ceil %2d round %2d\n", a, a / b, a % b,
				floor_div(a, b), floor_mod(a, b),
				ceil_div(a, b), round_div(a, b));
	}
	return 0;
}
