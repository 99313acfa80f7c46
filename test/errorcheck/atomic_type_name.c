// errorcheck
// Checks that _Atomic(type-name) may not name an array, function, atomic
// or qualified type (C11 6.7.2.4p3), and that the _Atomic qualifier may
// not qualify an array type given through a typedef (C11 6.7.3p3). An
// array of atomic elements is fine.
// requires: atomics

typedef int arr3[3];
typedef int fnt(void);

_Atomic(int[3]) a;		// GCC_ERROR "._Atomic.-qualified array type" CLANG_ERROR "_Atomic cannot be applied to array type"
_Atomic(fnt) *b;		// GCC_ERROR "._Atomic.-qualified function type" CLANG_ERROR "_Atomic cannot be applied to function type"
_Atomic(const int) c;		// GCC_ERROR "._Atomic. applied to a qualified type" CLANG_ERROR "_Atomic cannot be applied to qualified type .const int."
_Atomic(_Atomic int) d;		// GCC_ERROR "._Atomic. applied to a qualified type" CLANG_ERROR "_Atomic cannot be applied to atomic type"
_Atomic arr3 e;			// GCC_ERROR "._Atomic.-qualified array type" CLANG_ERROR "_Atomic cannot be applied to array type .arr3."
_Atomic(int) ok;
_Atomic int ok2[3];
