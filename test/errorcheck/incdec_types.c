// errorcheck
// Checks that prefix and postfix ++ and -- need an operand of real or
// pointer type (C11 6.5.2.4p1, 6.5.3.1p1): a struct is an error in all
// four forms, while _Bool, double and pointers are fine.

struct s {
	int a;
};

void
f(struct s v, _Bool b, double d, int *p)
{
	v++;	// GCC_ERROR "wrong type argument to increment" CLANG_ERROR "cannot increment value of type .struct s."
	++v;	// GCC_ERROR "wrong type argument to increment" CLANG_ERROR "cannot increment value of type .struct s."
	v--;	// GCC_ERROR "wrong type argument to decrement" CLANG_ERROR "cannot decrement value of type .struct s."
	--v;	// GCC_ERROR "wrong type argument to decrement" CLANG_ERROR "cannot decrement value of type .struct s."
	b++;
	d--;
	++p;
	(void)b;
	(void)d;
	(void)p;
}
