// errorcheck
// Checks a syntax error: a missing semicolon. gcc reports it on the
// following line and then no longer knows y; clang reports it at the end
// of the declaration and recovers. The tags keep each compiler's lines.

int
g(void)
{
	int x = 1	// CLANG_ERROR "expected .;."
	int y = 2;	// GCC_ERROR "expected .,. or .;."
	return x + y;	// GCC_ERROR "undeclared"
}
