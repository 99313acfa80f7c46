// errorcheck
// Checks that a function declarator may not specify a return type that is
// an array type or a function type, written directly or through a
// typedef (C11 6.7.6.3p1). Returning pointers to them is fine.

typedef int arr3[3];
typedef int fnt(void);

int fr(void)[3];	// GCC_ERROR ".fr. declared as function returning an array" CLANG_ERROR "function cannot return array type .int\[3\]."
arr3 fr2(void);		// GCC_ERROR ".fr2. declared as function returning an array" CLANG_ERROR "function cannot return array type .arr3."
int ff(void)(void);	// GCC_ERROR ".ff. declared as function returning a function" CLANG_ERROR "function cannot return function type .int \(void\)."
fnt ff2(void);		// GCC_ERROR ".ff2. declared as function returning a function" CLANG_ERROR "function cannot return function type .fnt."
int (*ok(void))[3];
int (*ok2(void))(void);
