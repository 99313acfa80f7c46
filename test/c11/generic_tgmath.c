// run
// Checks the type-generic macros of <tgmath.h> (C11 7.25p3): the function
// is chosen from the types of the generic arguments, an integer argument
// counts as double, and with several arguments the result type follows
// the usual arithmetic conversions. Result types are observed with
// _Generic, values are exact.

#include <stdio.h>
#include <tgmath.h>

#define T(x) _Generic((x), float: "float", double: "double", \
	long double: "long double", default: "other")

int main(void)
{
	printf("%s %s %s %s\n", T(sqrt(16.0f)), T(sqrt(16.0)), T(sqrt(16.0L)),
		T(sqrt(16)));
	printf("%s %s %s\n", T(pow(2.0f, 3.0f)), T(pow(2.0f, 3)),
		T(pow(2.0f, 3.0L)));
	printf("%s %s %s\n", T(fabs(-1.5f)), T(fmax(1.0f, 2.0)), T(floor(7)));
	printf("%s %s\n", T(ldexp(1.0f, 4)), T(ldexp(1.0L, 4)));
	printf("%.1f %.1f %.1Lf %.1f\n", (double)sqrt(16.0f), sqrt(16.0),
		sqrt(16.0L), sqrt(16));
	printf("%.1f %.1f %.1f\n", (double)pow(2.0f, 10.0f), pow(2, 10),
		(double)fabs(-1.5f));
	printf("%.1f %.1f\n", (double)ldexp(1.0f, 4), fmax(3, 2.5));
	return 0;
}
