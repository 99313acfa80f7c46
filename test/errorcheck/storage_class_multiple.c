// errorcheck
// Checks that a declaration may carry at most one storage-class specifier,
// typedef counting as one, at file and block scope; _Thread_local with
// static or extern is the one allowed pair (C11 6.7.1p2).

static extern int a;	// GCC_ERROR "multiple storage classes" CLANG_ERROR "cannot combine with previous .static."
extern static int b;	// GCC_ERROR "multiple storage classes" CLANG_ERROR "cannot combine with previous .extern."
typedef static int c;	// GCC_ERROR "multiple storage classes" CLANG_ERROR "cannot combine with previous .typedef."
extern typedef int d;	// GCC_ERROR "multiple storage classes" CLANG_ERROR "cannot combine with previous .extern."
static _Thread_local int ok1;
extern _Thread_local int ok2;

void
f(void)
{
	auto register int e = 0;	// GCC_ERROR "multiple storage classes" CLANG_ERROR "cannot combine with previous .auto."
	register auto int g = 0;	// GCC_ERROR "multiple storage classes" CLANG_ERROR "cannot combine with previous .register."
	static auto int h;		// GCC_ERROR "multiple storage classes" CLANG_ERROR "cannot combine with previous .static."

	(void)e;
	(void)g;
}
