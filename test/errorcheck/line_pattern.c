// errorcheck
// Checks the LINE substitution in patterns: clang names an unnamed struct
// after its declaration's position (file:line:col), which is the line of
// the error itself here.

void
f(void)
{
	const struct { int m; } s = { 0 }; s.m = 1;	// GCC_ERROR "read-only" CLANG_ERROR "unnamed struct at .*LINE:"
}
