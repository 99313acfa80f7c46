// errorcheck
// Checks the subtraction constraints (C11 6.5.6p3): two pointers must
// point to compatible object types, an integer may not be reduced by a
// pointer, and a pointer may be reduced only by an integer, not a double.
// Qualifiers do not matter, and pointer minus integer is fine. tcc also
// warns that the first bad result is assigned to an integer.

long
f(int *ip, double *dp, const int *cp, long n)
{
	long r = ip - dp;	// GCC_ERROR "invalid operands to binary - \(have .int \*. and .double \*.\)" CLANG_ERROR ".int \*. and .double \*. are not pointers to compatible types" TCC_ERROR "invalid operand types for binary operation" "assignment makes integer from pointer"
	int *q = ip - 1.0;	// GCC_ERROR "invalid operands to binary - \(have .int \*. and .double.\)" CLANG_ERROR "invalid operands to binary expression \(.int \*. and .double.\)" TCC_ERROR "invalid operand types for binary operation"

	r += n - ip;		// GCC_ERROR "invalid operands to binary - \(have .long int. and .int \*.\)" CLANG_ERROR "invalid operands to binary expression \(.long. and .int \*.\)" TCC_ERROR "invalid operand types for binary operation"
	r += ip - cp;
	r += ip - ip;
	q = q - n;
	return r + (q != 0);
}
