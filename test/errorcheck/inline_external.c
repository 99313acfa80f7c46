// errorcheck
// Checks that an inline definition of a function with external linkage
// may not define a modifiable static object nor refer to an identifier
// with internal linkage (C11 6.7.4p3); a static const object, and a
// static inline function, are fine. clang reports the static local as a
// warning, which is still the diagnostic the standard asks for.

static int hidden;

static int
helper(void)
{
	return 1;
}

inline int
count(void)
{
	static int calls;	// GCC_ERROR ".calls. is static but declared in inline function .count. which is not static" CLANG_ERROR "non-constant static local variable in inline function"
	static const int limit = 3;

	return ++calls + limit;
}

inline int
peek(void)
{
	return hidden + helper();	// GCC_ERROR ".hidden. is static but used in inline function .peek." ".helper. is static but used in inline function .peek." CLANG_ERROR "static variable .hidden. is used in an inline function with external linkage" "static function .helper. is used in an inline function with external linkage"
}

static inline int
fine(void)
{
	static int calls;

	return ++calls + hidden + helper();
}
