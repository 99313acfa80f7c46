// errorcheck
// Checks the unary arithmetic operator constraints (C11 6.5.3.3p1): + and
// - need an arithmetic operand, ~ an integer one and ! a scalar one, so a
// struct, a double under ~ and a pointer under + or ~ are errors, while !
// of a pointer is fine.

struct s {
	int a;
};

void
f(struct s v, double d, int *p)
{
	int r1 = !v;	// GCC_ERROR "wrong type argument to unary exclamation mark" CLANG_ERROR "invalid argument type .struct s. to unary expression"
	int r2 = ~d;	// GCC_ERROR "wrong type argument to bit-complement" CLANG_ERROR "invalid argument type .double. to unary expression"
	int r3 = ~p;	// GCC_ERROR "wrong type argument to bit-complement" CLANG_ERROR "invalid argument type .int \*. to unary expression"
	int r4 = +p;	// GCC_ERROR "wrong type argument to unary plus" CLANG_ERROR "invalid argument type .int \*. to unary expression"
	int r5 = +v;	// GCC_ERROR "wrong type argument to unary plus" CLANG_ERROR "invalid argument type .struct s. to unary expression"
	int r6 = -v;	// GCC_ERROR "wrong type argument to unary minus" CLANG_ERROR "invalid argument type .struct s. to unary expression"
	int r7 = ~v;	// GCC_ERROR "wrong type argument to bit-complement" CLANG_ERROR "invalid argument type .struct s. to unary expression"
	int ok1 = !p;
	double ok2 = -d + +d;

	(void)r1;
	(void)r2;
	(void)r3;
	(void)r4;
	(void)r5;
	(void)r6;
	(void)r7;
	(void)ok1;
	(void)ok2;
}
