// errorcheck
// Checks that a block-scope declaration of an identifier with linkage,
// external or internal, may not have an initializer (C11 6.7.9p5); a
// block-scope static object may.

static int internal;

void
f(void)
{
	extern int e = 1;		// GCC_ERROR ".e. has both .extern. and initializer" CLANG_ERROR ".extern. variable cannot have an initializer"
	extern int arr[] = { 1, 2 };	// GCC_ERROR ".arr. has both .extern. and initializer" CLANG_ERROR ".extern. variable cannot have an initializer"
	extern int internal = 2;	// GCC_ERROR ".internal. has both .extern. and initializer" CLANG_ERROR ".extern. variable cannot have an initializer"
	static int ok = 3;

	(void)ok;
}
