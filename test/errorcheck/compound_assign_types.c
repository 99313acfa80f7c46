// errorcheck
// Checks the compound assignment constraints (C11 6.5.16.2p1, p2): for
// += and -= a pointer on the left needs a complete object type and an
// integer on the right; for the other operators both operands must suit
// the binary operator, so no pointers, no % or | with a double, and no
// structs on either side.

struct s {
	int a;
};
struct later;

void
f(int *p, int *q, double d, struct s v, int n, struct later *lp)
{
	p += 1.0;	// GCC_ERROR "invalid operands to binary \+ \(have .int \*. and .double.\)" CLANG_ERROR "invalid operands to binary expression \(.int \*. and .double.\)"
	p -= q;		// GCC_ERROR "makes pointer from integer without a cast" CLANG_ERROR "incompatible integer to pointer conversion"
	p *= 2;		// GCC_ERROR "invalid operands to binary \* \(have .int \*. and .int.\)" CLANG_ERROR "invalid operands to binary expression \(.int \*. and .int.\)"
	d %= 2;		// GCC_ERROR "invalid operands to binary % \(have .double. and .int.\)" CLANG_ERROR "invalid operands to binary expression \(.double. and .int.\)"
	v += 1;		// GCC_ERROR "invalid operands to binary \+ \(have .struct s. and .int.\)" CLANG_ERROR "invalid operands to binary expression \(.struct s. and .int.\)"
	n += v;		// GCC_ERROR "invalid operands to binary \+ \(have .int. and .struct s.\)" CLANG_ERROR "invalid operands to binary expression \(.int. and .struct s.\)"
	n |= d;		// GCC_ERROR "invalid operands to binary \| \(have .int. and .double.\)" CLANG_ERROR "invalid operands to binary expression \(.int. and .double.\)"
	lp += 1;	// GCC_ERROR "invalid use of undefined type .struct later." CLANG_ERROR "arithmetic on a pointer to an incomplete type .struct later."
	d += n;
	p -= n;
}
