// errorcheck
// Checks that both operands of << and >> must have integer type (C11
// 6.5.7p2), on either side, also for the compound form <<= (C11
// 6.5.16.2p2): pointers, doubles and structs are errors.

struct s {
	int a;
};

long
f(int *p, double d, struct s v, int n)
{
	long r = (long)(p << 1);	// GCC_ERROR "invalid operands to binary << \(have .int \*. and .int.\)" CLANG_ERROR "invalid operands to binary expression \(.int \*. and .int.\)"

	r += 1 << p;		// GCC_ERROR "invalid operands to binary << \(have .int. and .int \*.\)" CLANG_ERROR "invalid operands to binary expression \(.int. and .int \*.\)"
	r += d >> 1;		// GCC_ERROR "invalid operands to binary >> \(have .double. and .int.\)" CLANG_ERROR "invalid operands to binary expression \(.double. and .int.\)"
	r += n << 1.0;		// GCC_ERROR "invalid operands to binary << \(have .int. and .double.\)" CLANG_ERROR "invalid operands to binary expression \(.int. and .double.\)"
	r += v << 2;		// GCC_ERROR "invalid operands to binary << \(have .struct s. and .int.\)" CLANG_ERROR "invalid operands to binary expression \(.struct s. and .int.\)"
	r += 1 >> v;		// GCC_ERROR "invalid operands to binary >> \(have .int. and .struct s.\)" CLANG_ERROR "invalid operands to binary expression \(.int. and .struct s.\)"
	n <<= d;		// GCC_ERROR "invalid operands to binary << \(have .int. and .double.\)" CLANG_ERROR "invalid operands to binary expression \(.int. and .double.\)"
	return r;
}
