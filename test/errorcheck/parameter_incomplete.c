// errorcheck
// Checks that in a function definition no parameter may have incomplete
// type after adjustment (C11 6.7.6.3p4): an undefined struct, or void as a
// named parameter or beside other parameters. In a declaration that is
// not a definition the undefined struct is fine, as is an array
// parameter, which becomes a pointer. clang adds that the void parameter
// has no name.

struct later;

void f(struct later p) { (void)p; }	// GCC_ERROR "parameter 1 \(.p.\) has incomplete type" CLANG_ERROR "variable has incomplete type .struct later."
void g(int a, void) { (void)a; }	// GCC_ERROR ".void. must be the only parameter" CLANG_ERROR ".void. must be the first and only parameter" "omitting the parameter name in a function definition"
void h(void v) { }			// GCC_ERROR "parameter 1 \(.v.\) has incomplete type" CLANG_ERROR "argument may not have .void. type"
void decl_ok(struct later p);
void k(int n, int a[]) { (void)n; (void)a; }
