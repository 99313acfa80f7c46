// errorcheck
// Checks the rules for old-style function definitions (C11 6.9.1p6): the
// declaration list may declare only identifiers from the identifier list,
// every one of them, each declaration needs a declarator, and there may
// be no initializer and no storage class other than register. Both
// compilers then also complain about the undeclared a of f5.

int f1(a) int a; int c; { return a; }	// GCC_ERROR "declaration for parameter .c. but no such parameter" CLANG_ERROR "parameter named .c. is missing"
int f2(a) int a = 1; { return a; }	// GCC_ERROR "parameter .a. is initialized" CLANG_ERROR "expected .;. at end of declaration"
int f3(a) static int a; { return a; }	// GCC_ERROR "storage class specified for parameter .a." CLANG_ERROR "invalid storage class specifier in function declarator"
int f4(a, b) int a; { return a + b; }	// GCC_ERROR "type of .b. defaults to .int." CLANG_ERROR "parameter .b. was not declared, defaulting to type .int."
int f5(a) int; { return a; }		// GCC_ERROR "empty declaration" "type of .a. defaults to .int." CLANG_ERROR "declaration does not declare a parameter" "parameter .a. was not declared"
int ok(a, b) register int a; double b; { return a + (int)b; }
