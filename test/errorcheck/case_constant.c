// errorcheck
// Checks that case labels must be integer constant expressions: not a
// variable, not a floating constant, not a const-qualified object
// (C11 6.8.4.2p3, 6.6p6).

int
f(int n)
{
	const int limit = 3;

	switch (n) {
	case n:		// GCC_ERROR "not reduce to an integer constant" CLANG_ERROR "not an integer constant expression"
		return 1;
	case 1.5:	// GCC_ERROR "not reduce to an integer constant" CLANG_ERROR "must have integer type"
		return 2;
	case limit:	// GCC_ERROR "not reduce to an integer constant|not an integer constant" CLANG_ERROR "not an integer constant expression"
		return 3;
	case 4:
		return 4;
	}
	return 0;
}
