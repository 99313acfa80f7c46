// errorcheck
// Checks that _Alignas may not make an object or member less strictly
// aligned than its type requires (C11 6.7.5p4); the combined effect of
// several specifiers counts, and _Alignas(0) has no effect. The struct's
// own _Alignas(8) member gives it an alignment of at least 8 everywhere.

struct eight {
	_Alignas(8) char c;
};

_Alignas(1) struct eight a;		// GCC_ERROR "cannot reduce alignment of .a." CLANG_ERROR "requested alignment is less than minimum alignment of 8"
_Alignas(char) struct eight b;		// GCC_ERROR "cannot reduce alignment of .b." CLANG_ERROR "requested alignment is less than minimum alignment of 8"
_Alignas(4) _Alignas(2) struct eight c;	// GCC_ERROR "cannot reduce alignment of .c." CLANG_ERROR "requested alignment is less than minimum alignment of 8"
_Alignas(0) struct eight zero_ok;
_Alignas(16) _Alignas(1) struct eight mixed_ok;

struct holder {
	_Alignas(4) struct eight m;	// GCC_ERROR "cannot reduce alignment of .m." CLANG_ERROR "requested alignment is less than minimum alignment of 8"
	_Alignas(16) struct eight fine;
};

void
f(void)
{
	_Alignas(2) struct eight local;	// GCC_ERROR "cannot reduce alignment of .local." CLANG_ERROR "requested alignment is less than minimum alignment of 8"

	(void)local;
}
