// errorcheck
// Checks escape sequences in character constants and string literals: an
// unknown escape and \x without hex digits break the grammar (C11
// 6.4.4.4p1), an octal or hex escape must fit in the character type (C11
// 6.4.4.4p9, for strings too by 6.4.5p4), and a character constant may
// not be empty (C11 6.4.4.4p1). clang then also misses an expression.

int a = '\q';		// GCC_ERROR "unknown escape sequence: .\\q." CLANG_ERROR "unknown escape sequence .\\q."
int b = '\x';		// ERROR "\\x used with no following hex digits"
int c = '\777';		// ERROR "octal escape sequence out of range"
int d = '\x100';	// ERROR "hex escape sequence out of range"
const char *e = "\400";	// ERROR "octal escape sequence out of range"
int g = '';		// GCC_ERROR "empty character constant" CLANG_ERROR "empty character constant" "expected expression"
int ok = '\x7f' + '\177' + '\a' + '\?';
