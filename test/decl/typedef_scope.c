// run
// Checks typedef names (C11 6.7.8) and their scopes (6.2.1): a typedef
// may be repeated with the same type in the same scope (6.7p3, new in
// C11), an inner block may hide it with another typedef or with an
// ordinary identifier, typedef names and struct tags live in different
// name spaces, a typedef of an incomplete array type is completed
// separately by each object it declares (6.7.9p22), and a typedef of a
// function type declares functions.

#include <stdio.h>

typedef int T;
typedef int T;

typedef struct node node;
struct node {
	int v;
	node *next;
};

typedef int vec[];
typedef int op(int, int);
typedef const char cchar;

op add, mul;

int
add(int a, int b)
{
	return a + b;
}

int
mul(int a, int b)
{
	return a * b;
}

static T
outer(void)
{
	T before = 1;

	{
		typedef double T;
		T x = 2.5;

		printf("%d %.1f\n", sizeof(T) == sizeof(double), x);
	}
	{
		int T = 5;

		printf("%d\n", T * 2);
	}
	return before + (T)1;
}

int main(void)
{
	vec small = { 1, 2 }, large = { 1, 2, 3, 4, 5 };
	node second = { 2, NULL }, first = { 1, &second };
	op *ops[] = { add, mul };
	cchar *msg = "typedef";
	struct node *p;

	printf("%d\n", outer());
	printf("%zu %zu\n", sizeof small / sizeof small[0],
		sizeof large / sizeof large[0]);
	for (p = &first; p; p = p->next)
		printf("%d\n", p->v);
	printf("%d %d\n", ops[0](6, 7), ops[1](6, 7));
	printf("%s\n", msg);
	return 0;
}
