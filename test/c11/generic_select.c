// run
// Checks _Generic: selection by the controlling expression's type after
// lvalue conversion (qualifiers and array types decay), the default
// association, type-generic macros built on it, and that the controlling
// expression is not evaluated.

#include <stdio.h>

#define TYPENAME(x) _Generic((x), \
	_Bool: "_Bool", char: "char", signed char: "signed char", \
	unsigned char: "unsigned char", short: "short", int: "int", \
	long: "long", long long: "long long", unsigned: "unsigned", \
	float: "float", double: "double", char *: "char *", \
	const char *: "const char *", int *: "int *", default: "other")

#define ABS(x) _Generic((x), int: abs_i, double: abs_d, long: abs_l)(x)

static int abs_i(int v) { return v < 0 ? -v : v; }
static long abs_l(long v) { return v < 0 ? -v : v; }
static double abs_d(double v) { return v < 0 ? -v : v; }

struct opaque { int unused; };

int main(void)
{
	const int ci = 1;
	int arr[3];
	char s[] = "s";
	struct opaque o = { 0 };
	char c = 'c';
	int n = 1;

	printf("%s\n", TYPENAME(ci));
	printf("%s\n", TYPENAME(arr));
	printf("%s\n", TYPENAME(s));
	printf("%s\n", TYPENAME("literal"));
	printf("%s\n", TYPENAME(c));
	printf("%s\n", TYPENAME(c + 0));
	printf("%s\n", TYPENAME((_Bool)2));
	printf("%s\n", TYPENAME(1.0f));
	printf("%s\n", TYPENAME(3LL));
	printf("%s\n", TYPENAME(o));
	printf("%s\n", TYPENAME('a'));
	printf("%d %ld %.1f\n", ABS(-4), ABS(-5L), ABS(-2.5));
	printf("%d\n", _Generic(n++, default: 7));
	printf("%d\n", n);
	return 0;
}
