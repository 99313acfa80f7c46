// errorcheck
// Checks that static and type qualifiers inside array brackets may appear
// only in a function parameter of array type, and only in its outermost
// array derivation (C11 6.7.6.2p1): not at file or block scope, not in an
// inner dimension, not in an array that a parameter points to.

int a[static 3];	// GCC_ERROR "static or type qualifiers in non-parameter array declarator" CLANG_ERROR ".static. used in array declarator outside of function prototype"
int *b[const 2];	// GCC_ERROR "static or type qualifiers in non-parameter array declarator" CLANG_ERROR "type qualifier used in array declarator outside of function prototype"

void f(int m[2][static 3]);	// GCC_ERROR "static or type qualifiers in non-parameter array declarator" CLANG_ERROR ".static. used in non-outermost array type derivation"
void g(int (*m)[static 3]);	// GCC_ERROR "static or type qualifiers in non-parameter array declarator" CLANG_ERROR ".static. used in non-outermost array type derivation"
void ok(int m[static 3][2], int n[const restrict 4]);

void
h(void)
{
	int c[static 4];	// GCC_ERROR "static or type qualifiers in non-parameter array declarator" CLANG_ERROR ".static. used in array declarator outside of function prototype"
	int d[volatile 2];	// GCC_ERROR "static or type qualifiers in non-parameter array declarator" CLANG_ERROR "type qualifier used in array declarator outside of function prototype"

	(void)c;
	(void)d;
}
