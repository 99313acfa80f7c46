// errorcheck
// Checks that assigning between incompatible pointer types without a cast,
// and an integer to a pointer, are diagnosed (C11 6.5.16.1p1); with
// -pedantic-errors these are errors under both gcc and clang.

void
f(void)
{
	int i = 0;
	double d = 0;
	int *ip = &i;
	double *dp = &d;
	const char *cs = "x";
	char *s;

	ip = dp;	// ERROR "incompatible pointer"
	dp = &i;	// ERROR "incompatible pointer"
	ip = 42;	// ERROR "pointer from integer|integer to pointer"
	s = cs;		// ERROR "discards.*qualifier"
	ip = (int *)dp;
	(void)ip;
	(void)s;
}
