// errorcheck
// Checks malformed numeric constants. Each is a preprocessing number that
// does not have the form of a constant, which C11 6.4p2 forbids (grammar
// of 6.4.4.1 and 6.4.4.2): an 8 or 9 in an octal constant, 0x without
// digits, an exponent without digits, a hexadecimal floating constant
// without its binary exponent, a binary constant (a C23 form), and bad
// suffixes. An integer constant too large for every integer type has no
// type (C11 6.4.4p2).

int a = 09;		// GCC_ERROR "invalid digit \x229\x22 in octal constant" CLANG_ERROR "invalid digit .9. in octal constant"
int b = 0x;		// GCC_ERROR "invalid suffix \x22x\x22 on integer constant" CLANG_ERROR "invalid suffix .x. on integer constant"
double c = 1.0e;	// ERROR "exponent has no digits"
double d = 0x1.8;	// ERROR "hexadecimal floating constants? requires? an exponent"
int e = 0b101;		// GCC_ERROR "binary constants are a C2X feature or GCC extension" CLANG_ERROR "binary integer literals are a GNU extension"
int g = 123abc;		// GCC_ERROR "invalid suffix \x22abc\x22 on integer constant" CLANG_ERROR "invalid digit .a. in decimal constant"
double i = 1.5lf;	// GCC_ERROR "invalid suffix \x22lf\x22 on floating constant" CLANG_ERROR "invalid suffix .lf. on floating constant"
int j = 12ul3;		// GCC_ERROR "invalid suffix \x22ul3\x22 on integer constant" CLANG_ERROR "invalid suffix .ul3. on integer constant"
unsigned long long h = 99999999999999999999;	// GCC_ERROR "integer constant is too large for its type" CLANG_ERROR "integer literal is too large to be represented in any integer type"
double ok = 0x1.8p1;
