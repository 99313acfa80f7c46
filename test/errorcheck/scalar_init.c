// errorcheck
// Checks scalar initialisers: braces around a scalar's initialiser may
// hold only one expression (C11 6.7.9p2: nothing may be initialised
// outside the object), and may not be empty, which the grammar of C11
// 6.7.9p1 does not allow; both compilers give two errors for that line.

int a = { 1, 2 };	// ERROR "excess elements in scalar initializer"
int b = { };		// GCC_ERROR "ISO C forbids empty initializer braces" "empty scalar initializer" CLANG_ERROR "use of GNU empty initializer extension" "scalar initializer cannot be empty"
int *c = { 0, 0 };	// ERROR "excess elements in scalar initializer"
double d = { 1.0 };

void
f(void)
{
	int e = { 3, 4 };	// ERROR "excess elements in scalar initializer"
	int g = { 5 };

	(void)e;
	(void)g;
}
