// errorcheck
// Checks that each operand of && and || must have scalar type (C11
// 6.5.13p2, 6.5.14p2), on either side: a struct is an error, while
// pointers and doubles are fine. tcc reports the || line twice.

struct s {
	int a;
};

int
f(struct s v, int n, int *p, double d)
{
	int r = v && n;		// GCC_ERROR "used struct type value where scalar is required" CLANG_ERROR "invalid operands to binary expression \(.struct s. and .int.\)" TCC_ERROR "invalid operand types for binary operation"

	r += n || v;		// GCC_ERROR "invalid operands to binary \|\| \(have .int. and .struct s.\)" CLANG_ERROR "invalid operands to binary expression \(.int. and .struct s.\)" TCC_ERROR "invalid operand types for binary operation"
	r += !n && (v || p);	// GCC_ERROR "used struct type value where scalar is required" CLANG_ERROR "invalid operands to binary expression \(.struct s. and .int \*.\)" TCC_ERROR "invalid operand types for binary operation"
	r += p && d;
	return r;
}
