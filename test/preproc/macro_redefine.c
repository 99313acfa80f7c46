// run
// Checks redefinition rules (C11 6.10.3p2, 6.10.3.5): a macro may be
// defined again with an identical replacement list (white space may
// differ in amount, not in presence); after #undef it may be given any
// new definition, even switching between object-like and function-like;
// #undef of a name that is not a macro is allowed; an object-like macro
// whose list starts with ( is still object-like; and a function and a
// function-like macro may share a name, the macro only applying when the
// name is followed by (.

#include <stdio.h>

#define LIMIT (10 + 2)
#define LIMIT (10   +   2)
#define LIMIT /* same */ (10 + 2) /* tokens */
#define MUL(a, b) ((a) * (b))
#define MUL(a,b) ((a)    *	(b))

#define PAREN (x) + 1
#define CALL(x) (x) + 1

#undef NEVER_DEFINED

static int twice(int v)
{
	return v * 2;
}

#define twice(v) (v + 1000)

int main(void)
{
	int x = 5;

	printf("%d %d\n", LIMIT, MUL(3, 4));
	printf("%d %d\n", PAREN, CALL(7));
#undef LIMIT
#define LIMIT(n) (n * 100)
	printf("%d\n", LIMIT(3));
#undef LIMIT
#define LIMIT 99
	printf("%d\n", LIMIT);
	printf("%d %d %d\n", twice(1), (twice)(1), (&twice)(4));
#undef twice
	printf("%d\n", twice(1));
#ifdef NEVER_DEFINED
	printf("wrong\n");
#endif
	return 0;
}
