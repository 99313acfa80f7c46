// errorcheck
// Checks compound literal constraints (C11 6.5.2.5p1, p3): outside a
// function the initializers must be constant expressions, and the type
// must be a complete object type or an array of unknown size, not a
// variable length array. Inside a function non-constant values are fine.
// gcc reports a call at file scope twice, and the incomplete struct as
// excess elements too.

int g = 2;
int fn(void);
struct later;

int *p = (int[]){ g, 2 };	// GCC_ERROR "initializer element is not constant" CLANG_ERROR "initializer element is not a compile-time constant"
int *q = (int[]){ fn() };	// GCC_ERROR "initializer element is not constant" "initializer element is not a constant expression" CLANG_ERROR "initializer element is not a compile-time constant"
int *ok = (int[]){ 1, 2 };

void
f(int n)
{
	int *a = (int[n]){ 1 };		// GCC_ERROR "compound literal has variable size" CLANG_ERROR "variable-sized object may not be initialized"
	int *local_ok = (int[]){ n, g };

	(void)&(struct later){ 0 };	// GCC_ERROR "invalid use of undefined type .struct later." "excess elements in struct initializer" CLANG_ERROR "variable has incomplete type .struct later."
	(void)a;
	(void)local_ok;
}
