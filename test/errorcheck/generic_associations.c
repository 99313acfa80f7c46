// errorcheck
// Checks the remaining _Generic constraints (C11 6.5.1.1p2): at most one
// default association, and each association's type must be a complete
// object type that is not variably modified.

struct later;

int
f(int x, int n)
{
	int r = _Generic(x, default: 1, int: 2, default: 3);	// GCC_ERROR "duplicate .default. case in ._Generic." CLANG_ERROR "duplicate default generic association"

	r += _Generic(x, struct later: 1, default: 2);	// GCC_ERROR "association has incomplete type" CLANG_ERROR "type .struct later. in generic association incomplete"
	r += _Generic(x, int(void): 1, default: 2);	// GCC_ERROR "association has function type" CLANG_ERROR "in generic association not an object type"
	r += _Generic(x, int[n]: 1, default: 2);	// GCC_ERROR "association has variable length type" CLANG_ERROR "in generic association is a variably modified type"
	r += _Generic(x, void: 1, default: 2);		// GCC_ERROR "association has incomplete type" CLANG_ERROR "type .void. in generic association incomplete"
	return r;
}
