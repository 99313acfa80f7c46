// errorcheck
// Checks that unary * needs a pointer operand (C11 6.5.3.2p2) and that a
// subscript needs one pointer-to-object operand and one integer operand
// (C11 6.5.2.1p1): two integers, a struct, or a double index are errors;
// index[pointer] is fine.

struct s {
	int a;
};

int
f(int i, double d, struct s v, int *p)
{
	int r = *i;	// GCC_ERROR "invalid type argument of unary .\*. \(have .int.\)" CLANG_ERROR "indirection requires pointer operand \(.int. invalid\)"
	r += *v;	// GCC_ERROR "invalid type argument of unary .\*. \(have .struct s.\)" CLANG_ERROR "indirection requires pointer operand \(.struct s. invalid\)"
	r += *d;	// GCC_ERROR "invalid type argument of unary .\*. \(have .double.\)" CLANG_ERROR "indirection requires pointer operand \(.double. invalid\)"
	r += i[2];	// GCC_ERROR "subscripted value is neither array nor pointer" CLANG_ERROR "subscripted value is not an array, pointer"
	r += p[d];	// ERROR "array subscript is not an integer"
	r += v[0];	// GCC_ERROR "subscripted value is neither array nor pointer" CLANG_ERROR "subscripted value is not an array, pointer"
	r += 2[p];
	return r;
}
