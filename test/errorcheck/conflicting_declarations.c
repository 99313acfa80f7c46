// errorcheck
// Checks that all declarations of one object or function in the same scope
// must have compatible types (C11 6.7p4): arrays of different sizes,
// different parameter types, a lost qualifier, a pointer against an
// array, and variadic against not. Completing an array's size and adding
// a prototype to an old-style declaration are fine.

extern int arr[3];
extern int arr[4];	// GCC_ERROR "conflicting types for .arr." CLANG_ERROR "redeclaration of .arr. with a different type"
int fp(int);
int fp(long);		// ERROR "conflicting types for .fp."
extern int q;
extern const int q;	// GCC_ERROR "conflicting type qualifiers for .q." CLANG_ERROR "redeclaration of .q. with a different type: .const int. vs .int."
extern char *s;
extern char s[];	// GCC_ERROR "conflicting types for .s." CLANG_ERROR "redeclaration of .s. with a different type"
int vf(int, ...);
int vf(int);		// ERROR "conflicting types for .vf."
extern int ok[];
extern int ok[5];
int okf();
int okf(int);
