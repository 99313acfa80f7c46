// errorcheck
// Checks that auto and register may not appear in an external declaration,
// of an object or of a function (C11 6.9p2). gcc also complains that a
// file-scope register variable names no hardware register.

auto int a;		// GCC_ERROR "file-scope declaration of .a. specifies .auto." CLANG_ERROR "illegal storage class on file-scoped variable"
register int b;		// GCC_ERROR "file-scope declaration of .b. specifies .register." "register name not specified for .b." CLANG_ERROR "illegal storage class on file-scoped variable"
auto int c = 1;		// GCC_ERROR "file-scope declaration of .c. specifies .auto." CLANG_ERROR "illegal storage class on file-scoped variable"
register int d(void);	// GCC_ERROR "file-scope declaration of .d. specifies .register." "invalid storage class for function .d." CLANG_ERROR "illegal storage class on function"
auto int e(void);	// GCC_ERROR "file-scope declaration of .e. specifies .auto." CLANG_ERROR "illegal storage class on function"
static int ok;
