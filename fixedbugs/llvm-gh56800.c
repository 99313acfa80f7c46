// errorcheck
// clang GH 56800: function specifiers may only be used in the
// declaration of an identifier for a function (C11 6.7.4p2, a
// constraint). Clang rejected _Noreturn on ordinary variables but let it
// through silently on a structure member. Fixed in clang 16.
// fixed: clang 16
// requires: gcc || clang

struct config {
	int level;
	_Noreturn long budget;	// CLANG_ERROR "does not allow function specifier" GCC_ERROR "expected specifier-qualifier-list before .?_Noreturn"
};

long
total(const struct config *c)
{
	return c->level;
}
