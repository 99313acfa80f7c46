// errorcheck
// Checks that an enumerator's value must be an integer constant
// expression: not a floating constant, an object's value, or a string
// element (C11 6.7.2.2p2, 6.6p6), and that an enumeration constant may not
// be declared twice in one scope, as another enumerator or as an object
// (C11 6.7p3).

int n = 3;
enum e1 { A = 1.5 };		// GCC_ERROR "enumerator value for .A. is not an integer constant" CLANG_ERROR "must have integer type, not .double."
enum e2 { B = n };		// GCC_ERROR "enumerator value for .B. is not an integer constant" CLANG_ERROR "not an integer constant expression"
enum e3 { C = "text"[0] };	// GCC_ERROR "enumerator value for .C. is not an integer constant" CLANG_ERROR "not an integer constant expression"
enum e4 { D, E = D + 1, F = 2 };
enum e5 { A };			// GCC_ERROR "redeclaration of enumerator .A." CLANG_ERROR "redefinition of enumerator .A."
int E;				// GCC_ERROR ".E. redeclared as different kind of symbol" CLANG_ERROR "redefinition of .E. as different kind of symbol"
