// run
// Checks conversion to _Bool (C11 6.3.1.2): any scalar that compares
// unequal to 0 becomes 1, including 256, 0.5, NaN, infinities and
// non-null pointers, where a conversion to unsigned char would wrap;
// -0.0 and null pointers become 0. ++ and -- on a _Bool go through
// the same conversion (C11 6.5.2.4p2, 6.5.3.1p2).

#include <stdio.h>
#include <stdbool.h>
#include <math.h>

static bool truth(long long v)
{
	return v;
}

int main(void)
{
	int x = 0;
	int *p = &x, *np = NULL;
	double half = 0.5, negzero = -0.0;
	bool b;

	printf("%d %d\n", (bool)256, (unsigned char)256);
	printf("%d %d %d\n", (bool)half, (int)half, (bool)negzero);
	printf("%d %d %d\n", (bool)NAN, (bool)INFINITY, (bool)-INFINITY);
	printf("%d %d\n", (bool)p, (bool)np);
	printf("%d %d\n", truth(1LL << 40), truth(0));
	printf("%d %d\n", truth(-1), (bool)0x100000000ULL);
	b = 1;
	b++;
	printf("%d\n", b);
	b--;
	printf("%d\n", b);
	b--;
	printf("%d\n", b);
	printf("%d\n", b + b + true);
	printf("%d %d %d\n", true, false, __bool_true_false_are_defined);
	printf("%d\n", !!42 == (bool)42);
	return 0;
}
