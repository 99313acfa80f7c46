// errorcheck
// Checks _Generic constraints (C11 6.5.1.1p2): the controlling type must
// match an association when there is no default, and two associations
// may not name compatible types (gcc gives two errors for that line, one
// for each pattern).

int
f(double d, int i)
{
	int r = _Generic(d, int: 1, char *: 2);	// GCC_ERROR "not compatible with any association" CLANG_ERROR "not compatible with any generic association"
	r += _Generic(i, int: 1, signed int: 2, default: 3);	// GCC_ERROR "two compatible types" "matches multiple" CLANG_ERROR "compatible with previously specified"
	return r;
}
