// errorcheck
// Checks the cast operator constraints (C11 6.5.4p2, p4): apart from a
// cast to void, the target must be a scalar type (not a struct, a union,
// an array or a function type) and the operand must be scalar (not a
// struct), and pointers and floating types may not be cast to each other.
// A struct cast to void is fine.

struct s {
	int a;
};
union u {
	int i;
	double d;
};

void
f(int n, struct s v, int *p, double d)
{
	struct s a = (struct s)n;	// GCC_ERROR "conversion to non-scalar type requested" CLANG_ERROR "used type .struct s. where arithmetic or pointer type is required"
	int b = (int)v;			// GCC_ERROR "aggregate value used where an integer was expected" CLANG_ERROR "operand of type .struct s. where arithmetic or pointer type is required"
	double c = (double)p;		// GCC_ERROR "pointer value used where a floating.point was expected" CLANG_ERROR "pointer cannot be cast to type .double."
	int *e = (int *)d;		// GCC_ERROR "cannot convert to a pointer type" CLANG_ERROR "operand of type .double. cannot be cast to a pointer type"
	union u g = (union u)n;		// GCC_ERROR "ISO C forbids casts to union type" CLANG_ERROR "cast to union type is a GNU extension"

	(void)(int[2])p;		// GCC_ERROR "cast specifies array type" CLANG_ERROR "used type .int\[2\]. where arithmetic or pointer type is required"
	(void)(int(void))n;		// GCC_ERROR "cast specifies function type" CLANG_ERROR "used type .int \(void\). where arithmetic or pointer type is required"
	(void)(void)v;
	(void)a;
	(void)b;
	(void)c;
	(void)e;
	(void)g;
}
