// errorcheck
// Checks that warnings are diagnostics too: every warning must be matched
// by a pattern on its line, just like an error. The file still has to
// fail to compile, here because of an undeclared identifier.

int
f(void)
{
	int z = 1 / 0;		// ERROR "division by zero"
	char c = 1000;		// GCC_ERROR "overflow in conversion" CLANG_ERROR "changes value"
	return z + c + no_such_name;	// ERROR "undeclared"
}
