// run
// Checks type-generic macros built on _Generic (C11 6.5.1.1): a printf
// format chosen by the argument's type, a function chosen by the common
// type of two arguments (the usual arithmetic conversions, C11 6.3.1.8),
// integer arguments routed to the double function as <tgmath.h> does
// (C11 7.25p3), and a swap chosen by the pointed-to type.

#include <stdio.h>

#define FMT(x) _Generic((x), \
	int: "%d", unsigned: "%u", long: "%ld", unsigned long: "%lu", \
	double: "%.3f", float: "%.1f", char *: "'%s'", const char *: "\"%s\"")
#define SHOW(x) (printf(FMT(x), (x)), putchar('\n'))

static int max_i(int a, int b) { return a > b ? a : b; }
static long max_l(long a, long b) { return a > b ? a : b; }
static double max_d(double a, double b) { return a > b ? a : b; }
static unsigned max_u(unsigned a, unsigned b) { return a > b ? a : b; }

#define MAX(a, b) _Generic((a) + (b), \
	int: max_i, long: max_l, unsigned: max_u, double: max_d)((a), (b))

static float half_f(float x) { return x / 2; }
static double half_d(double x) { return x / 2; }
static long double half_ld(long double x) { return x / 2; }

#define HALF(x) _Generic((x), float: half_f, long double: half_ld, \
	default: half_d)(x)

static void swap_i(int *a, int *b) { int t = *a; *a = *b; *b = t; }
static void swap_s(const char **a, const char **b)
{
	const char *t = *a;

	*a = *b;
	*b = t;
}

#define SWAP(a, b) _Generic((a), int *: swap_i, const char **: swap_s)((a), (b))

int main(void)
{
	const char *first = "first", *second = "second";
	char word[] = "word";
	int x = 1, y = 2;

	SHOW(42);
	SHOW(42u);
	SHOW(-42L);
	SHOW(42ul);
	SHOW(2.5);
	SHOW(2.5f);
	SHOW(word);
	SHOW(first);
	SHOW(MAX(3, 9));
	printf("%d\n", MAX(-1, 1u) == (unsigned)-1);
	SHOW(MAX(4, 7L));
	SHOW(MAX(2, 1.5));
	SHOW(MAX('a', 'b'));
	SHOW(HALF(3));
	SHOW(HALF(3.0f));
	printf("%.2Lf\n", HALF(5.0L));
	printf("%d %d %d\n", _Generic(HALF(1), double: 1, default: 0),
		_Generic(HALF(1.0f), float: 1, default: 0),
		_Generic(HALF((short)1), double: 1, default: 0));
	SWAP(&x, &y);
	SWAP(&first, &second);
	printf("%d %d %s %s\n", x, y, first, second);
	return 0;
}
