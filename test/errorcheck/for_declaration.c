// errorcheck
// Checks that the declaration in a for statement may declare only objects
// with storage class auto or register (C11 6.8.5p3): not a static or
// extern object, not a typedef name. (Declaring a struct tag there is
// also forbidden, but clang 14 does not diagnose it, so it is left out.)

int
f(void)
{
	int r = 0;

	for (static int i = 0; i < 3; i++)	// GCC_ERROR "declaration of static variable .i. in .for. loop initial declaration" CLANG_ERROR "declaration of non-local variable in .for. loop"
		r += i;
	for (extern int j; ; )			// GCC_ERROR "declaration of .extern. variable .j. in .for. loop initial declaration" CLANG_ERROR "declaration of non-local variable in .for. loop"
		break;
	for (typedef int T; ; )			// GCC_ERROR "declaration of non-variable .T. in .for. loop initial declaration" CLANG_ERROR "non-variable declaration in .for. loop"
		break;
	for (register int k = 0; k < 2; k++)
		r += k;
	for (int m = 0, n = 1; m < n; m++)
		r++;
	return r;
}
