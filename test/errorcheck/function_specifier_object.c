// errorcheck
// Checks that the function specifiers inline and _Noreturn may be used
// only in the declaration of a function: not on an object at file or
// block scope, a typedef or a parameter (C11 6.7.4p2).

_Noreturn int a;	// GCC_ERROR "variable .a. declared ._Noreturn." CLANG_ERROR "._Noreturn. can only appear on functions"
inline int b;		// GCC_ERROR "variable .b. declared .inline." CLANG_ERROR ".inline. can only appear on functions"
inline typedef int t;	// GCC_ERROR "typedef .t. declared .inline." CLANG_ERROR ".inline. can only appear on functions"
void f(_Noreturn int p);	// GCC_ERROR "parameter .p. declared ._Noreturn." CLANG_ERROR "._Noreturn. can only appear on functions"
_Noreturn void ok(void);

void
g(void)
{
	_Noreturn int local;	// GCC_ERROR "variable .local. declared ._Noreturn." CLANG_ERROR "._Noreturn. can only appear on functions"
	inline int other;	// GCC_ERROR "variable .other. declared .inline." CLANG_ERROR ".inline. can only appear on functions"

	(void)local;
	(void)other;
}
