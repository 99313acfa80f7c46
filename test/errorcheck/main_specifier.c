// errorcheck
// Checks that in a hosted environment no function specifier may appear in
// a declaration of main (C11 6.7.4p4). clang also warns that the
// definition returns although an earlier declaration said _Noreturn.

inline int main(void);		// GCC_ERROR "cannot inline function .main." CLANG_ERROR ".main. is not allowed to be declared inline"
_Noreturn int main(void);	// GCC_ERROR ".main. declared ._Noreturn." CLANG_ERROR ".main. is not allowed to be declared _Noreturn"

int
main(void)
{
	return 0;	// CLANG_ERROR "function .main. declared .noreturn. should not return"
}
