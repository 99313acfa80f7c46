// errorcheck
// Checks that unary & needs a function designator, the result of [] or
// unary *, or an lvalue (C11 6.5.3.2p1): a constant, an arithmetic
// result, a call result, a postfix ++ result, a member of a returned
// struct (not an lvalue, C11 6.5.2.3p3) and a cast are not lvalues.

int get(void);
struct s {
	int m;
};
struct s make(void);

void
f(int x)
{
	int *a = &5;		// GCC_ERROR "lvalue required as unary .&. operand" CLANG_ERROR "cannot take the address of an rvalue of type .int."
	int *b = &(x + 1);	// GCC_ERROR "lvalue required as unary .&. operand" CLANG_ERROR "cannot take the address of an rvalue of type .int."
	int *c = &get();	// GCC_ERROR "lvalue required as unary .&. operand" CLANG_ERROR "cannot take the address of an rvalue of type .int."
	int *d = &x++;		// GCC_ERROR "lvalue required as unary .&. operand" CLANG_ERROR "cannot take the address of an rvalue of type .int."
	int *e = &make().m;	// GCC_ERROR "lvalue required as unary .&. operand" CLANG_ERROR "cannot take the address of an rvalue of type .int."
	int *g = &(int)x;	// GCC_ERROR "lvalue required as unary .&. operand" CLANG_ERROR "cannot take the address of an rvalue of type .int."
	int (*ok)(void) = &get;
	int *ok2 = &*a;

	(void)b;
	(void)c;
	(void)d;
	(void)e;
	(void)g;
	(void)ok;
	(void)ok2;
}
