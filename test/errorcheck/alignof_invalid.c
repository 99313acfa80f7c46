// errorcheck
// Checks that _Alignof takes a parenthesised type name (C11 6.5.3p1
// grammar; an expression operand is a GNU extension) and may not be
// applied to a function type or an incomplete type (C11 6.5.3.4p1). gcc
// names the operator __alignof__, clang alignof. (clang 14 accepts
// _Alignof(int[]) without a diagnostic, so that case is left out.)

struct later;

unsigned long a = _Alignof(void);		// ERROR "invalid application of .(__alignof__|alignof). to a void type"
unsigned long b = _Alignof(struct later);	// ERROR "invalid application of .(__alignof__|alignof). to (an )?incomplete type .struct later."
unsigned long c = _Alignof(int(void));		// GCC_ERROR "ISO C does not permit ._Alignof. applied to a function type" CLANG_ERROR "invalid application of .alignof. to a function type"
unsigned long e = _Alignof a;			// GCC_ERROR "ISO C does not allow ._Alignof \(expression\)." CLANG_ERROR "._Alignof. applied to an expression is a GNU extension"
unsigned long ok = _Alignof(int[3]);
