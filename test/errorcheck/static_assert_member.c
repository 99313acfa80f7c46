// errorcheck
// Checks _Static_assert inside a struct or union member list, where the
// grammar allows it (C11 6.7.2.1p1), and that its expression must be an
// integer constant expression: not an object's value, not a floating
// constant (C11 6.7.10p2, p3).

struct header {
	int tag;
	_Static_assert(sizeof(int) < 1, "int is smaller than a byte");	// ERROR "static.assert.*\x22int is smaller than a byte\x22"
	_Static_assert(1, "true at member level");
};

union u {
	_Static_assert(0, "inside a union");	// ERROR "static.assert.*\x22inside a union\x22"
	int i;
};

int variable = 1;
_Static_assert(variable == 1, "not constant");	// GCC_ERROR "expression in static assertion is not constant" CLANG_ERROR "not an integral constant expression"
_Static_assert(1.0, "floating condition");	// GCC_ERROR "expression in static assertion is not an integer" CLANG_ERROR "not an integral constant expression"
