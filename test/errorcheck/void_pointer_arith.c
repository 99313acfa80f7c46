// errorcheck
// Checks that pointer arithmetic needs a pointer to a complete object
// type (C11 6.5.6p2, p3; 6.5.2.4p2 and 6.5.3.1p2 point ++ and -- at those
// constraints; 6.5.16.2p1 for +=): arithmetic on void * and on function
// pointers is a GNU extension, an error with -pedantic-errors.

int
f(void *vp, void *vq, int (*fp)(void))
{
	void *a = vp + 1;	// GCC_ERROR "pointer of type .void \*. used in arithmetic" CLANG_ERROR "arithmetic on a pointer to void is a GNU extension"
	void *b = 1 + vp;	// GCC_ERROR "pointer of type .void \*. used in arithmetic" CLANG_ERROR "arithmetic on a pointer to void is a GNU extension"
	long c = vp - vq;	// GCC_ERROR "pointer of type .void \*. used in subtraction" CLANG_ERROR "arithmetic on pointers to void is a GNU extension"

	vp++;			// GCC_ERROR "wrong type argument to increment" CLANG_ERROR "arithmetic on a pointer to void is a GNU extension"
	--vq;			// GCC_ERROR "wrong type argument to decrement" CLANG_ERROR "arithmetic on a pointer to void is a GNU extension"
	vp += 2;		// GCC_ERROR "pointer of type .void \*. used in arithmetic" CLANG_ERROR "arithmetic on a pointer to void is a GNU extension"
	(void)(fp + 1);		// GCC_ERROR "pointer to a function used in arithmetic" CLANG_ERROR "arithmetic on a pointer to the function type .int \(void\)."
	fp++;			// GCC_ERROR "wrong type argument to increment" CLANG_ERROR "arithmetic on a pointer to the function type .int \(void\)."
	(void)a;
	(void)b;
	(void)c;
	return 0;
}
