// run
// Checks functions that return pointers to functions (C11 6.7.6.3,
// 6.9.1): declared without a typedef as T (*f(params))(args), called
// immediately as f(x)(y), stored in a variable of the matching pointer
// type, returned through two levels (a function returning a function
// that returns a function pointer), and a null result for no match.

#include <stdio.h>
#include <string.h>

static double half(double x) { return x / 2; }
static double square(double x) { return x * x; }
static double negate(double x) { return -x; }

static double (*lookup(const char *name))(double)
{
	if (strcmp(name, "half") == 0)
		return half;
	if (strcmp(name, "square") == 0)
		return square;
	if (strcmp(name, "negate") == 0)
		return negate;
	return NULL;
}

static double (*(*chooser(int strict))(const char *))(double)
{
	(void)strict;
	return lookup;
}

static double
apply_twice(double (*f)(double), double x)
{
	return f(f(x));
}

int main(void)
{
	static const char *const names[] = { "half", "square", "negate",
		"cube" };
	double (*f)(double);
	double (*(*pick)(const char *))(double) = chooser(1);
	int i;

	printf("%.2f %.2f\n", lookup("half")(5), lookup("square")(1.5));
	for (i = 0; i < 4; i++) {
		f = pick(names[i]);
		if (f)
			printf("%s %.2f %.2f\n", names[i], f(3),
				apply_twice(f, 3));
		else
			printf("%s missing\n", names[i]);
	}
	printf("%.2f\n", chooser(0)("negate")(chooser(0)("square")(4)));
	return 0;
}
