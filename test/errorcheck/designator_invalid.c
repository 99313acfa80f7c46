// errorcheck
// Checks designator constraints (C11 6.7.9p6, p7): an array designator
// needs an array whose bounds contain its integer constant index, and a
// member designator needs a struct or union that has that member. For an
// array of unknown size any nonnegative index is fine.

struct s {
	int x, y;
};
int n = 2;

struct s a = { [0] = 1 };	// GCC_ERROR "array index in non-array initializer" CLANG_ERROR "array designator cannot initialize non-array type .struct s."
int b[3] = { .x = 1 };		// GCC_ERROR "field name not in record or union initializer" CLANG_ERROR "field designator cannot initialize a non-struct, non-union type"
struct s c = { .z = 3 };	// GCC_ERROR ".struct s. has no member named .z." CLANG_ERROR "field designator .z. does not refer to any field in type .struct s."
int d[3] = { [5] = 1 };		// GCC_ERROR "array index in initializer exceeds array bounds" CLANG_ERROR "array designator index \(5\) exceeds array bounds \(3\)"
int e[3] = { [-1] = 1 };	// GCC_ERROR "array index in initializer exceeds array bounds" CLANG_ERROR "array designator value .-1. is negative"
int g[4] = { [n] = 1 };		// GCC_ERROR "nonconstant array index in initializer" CLANG_ERROR "not an integer constant expression"
int h[4] = { [1.0] = 1 };	// GCC_ERROR "array index in initializer not of integer type" CLANG_ERROR "must have integer type, not .double."
int ok[] = { [9] = 1, [2] = 3 };
