// run -O1
// llvm GH 62515: Loop Strength Reduction rewrote a do-while loop that
// counts the decimal digits of a negative number, and the count it left
// for the code after the loop was wrong: a guarded division by
// (count - 3) then divided by zero (SIGFPE) instead of being skipped.
// Reported as broken since clang 13; fixed for clang 17.
// fixed: clang 17

#include <stdio.h>

long numer;
static int base, width;
char res, unused;

static int steps(int lim)
{
	int n = 0;

	while (n < 4 && 5 << n < lim)
		n++;
	return n;
}

/* Characters needed to print V in decimal, with its minus sign. */
static int ndigits(int v)
{
	int n = 0;

	if (v < 0)
		n++;
	do {
		n++;
		v /= 10;
	} while (v);
	return n;
}

static long safe_div(long d)
{
	return d == 0 ? 0 : numer / d;
}

int main(void)
{
	// clang.amd64:`\$1717986919`,`idivq`
	int *keep[] = { &base, &base };
	int s = steps(base - 25);

	(void)keep;
	width = ndigits(-s - 77);
	unused = safe_div(width - 3);
	printf("%d %d\n", res, width);
	return 0;
}
