// errorcheck
// Checks where _Alignas may appear and what it may say (C11 6.7.5p2, p3):
// not on a typedef, a bit-field, a function, a parameter or a register
// object, and the alignment must be a power of two (or zero).

_Alignas(3) int a;			// GCC_ERROR "requested alignment .3. is not a positive power of 2" CLANG_ERROR "requested alignment is not a power of 2"
_Alignas(16) typedef int aligned_int;	// GCC_ERROR "alignment specified for typedef .aligned_int." CLANG_ERROR "only applies to variables and fields"
struct s {
	_Alignas(8) unsigned int bf : 3;	// GCC_ERROR "alignment specified for bit-field .bf." CLANG_ERROR "cannot be applied to a bit-field"
};
_Alignas(8) int fn(void);		// GCC_ERROR "alignment specified for function .fn." CLANG_ERROR "only applies to variables and fields"
void g(_Alignas(8) int p);		// GCC_ERROR "alignment specified for parameter .p." CLANG_ERROR "cannot be applied to a function parameter"
_Alignas(0) int zero_ok;

void
h(void)
{
	register _Alignas(16) int r = 0;	// GCC_ERROR "alignment specified for .register. object .r." CLANG_ERROR "cannot be applied to a variable with .register. storage class"
	_Alignas(-4) int neg;			// GCC_ERROR "requested alignment .-4. is not a positive power of 2" CLANG_ERROR "requested alignment is not a power of 2"

	(void)r;
	(void)neg;
}
