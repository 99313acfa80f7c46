// errorcheck
// Checks that register is the only storage-class specifier a parameter
// declaration may have (C11 6.7.6.3p2): static, extern, auto, typedef
// and _Thread_local are errors.

void f(static int x);		// GCC_ERROR "storage class specified for parameter .x." CLANG_ERROR "invalid storage class specifier in function declarator"
void g(extern int y);		// GCC_ERROR "storage class specified for parameter .y." CLANG_ERROR "invalid storage class specifier in function declarator"
void h(auto int z);		// GCC_ERROR "storage class specified for parameter .z." CLANG_ERROR "invalid storage class specifier in function declarator"
void k(typedef int t);		// GCC_ERROR "storage class specified for parameter .t." CLANG_ERROR "invalid storage class specifier in function declarator"
void m(_Thread_local int w);	// GCC_ERROR "storage class specified for parameter .w." CLANG_ERROR "._Thread_local. is only allowed on variable declarations"
void ok(register int v);
