// errorcheck
// Checks that an array size expression must have integer type: not a
// floating constant (even an integral one), a double variable, a struct
// or a pointer (C11 6.7.6.2p1).

struct s {
	int a;
} sv;
int *p;

int a[1.5];	// GCC_ERROR "size of array .a. has non-integer type" CLANG_ERROR "size of array has non-integer type .double."
int b[2.0];	// GCC_ERROR "size of array .b. has non-integer type" CLANG_ERROR "size of array has non-integer type .double."

void
f(double d)
{
	int c[d];	// GCC_ERROR "size of array .c. has non-integer type" CLANG_ERROR "size of array has non-integer type .double."
	int e[sv];	// GCC_ERROR "size of array .e. has non-integer type" CLANG_ERROR "size of array has non-integer type .struct s."
	int g[p];	// GCC_ERROR "size of array .g. has non-integer type" CLANG_ERROR "size of array has non-integer type .int \*."

	(void)c;
	(void)e;
	(void)g;
}
