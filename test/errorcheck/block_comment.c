// errorcheck
// Checks annotations written as block comments (slash-star ERROR and
// a quoted pattern, star-slash), also after other code on the line.

struct pair {
	int a, b;
};

int
f(struct pair p)
{
	int *q = &p.c;	/* ERROR "no member named .c." */
	return p.a + *q + p.b(1); /* ERROR "not a function|called object" */
}
