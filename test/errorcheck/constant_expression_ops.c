// errorcheck
// Checks that an integer constant expression may not contain a comma,
// an assignment, an increment or a function call where they would be
// evaluated (C11 6.6p3), and may contain a floating constant only as the
// immediate operand of a cast (C11 6.6p6), so (int)(1.0 + 2.0) is not
// one. Inside sizeof the call is not evaluated and is fine. clang also
// warns that the comma's left operand has no effect.

int g;
int fn(void);

enum e1 { A = (1, 2) };			// GCC_ERROR "enumerator value for .A. is not an integer constant" CLANG_ERROR "not an integer constant expression" "left operand of comma operator has no effect"
enum e2 { B = fn() };			// GCC_ERROR "enumerator value for .B. is not an integer constant" CLANG_ERROR "not an integer constant expression"
enum e3 { C = (g = 3) };		// GCC_ERROR "enumerator value for .C. is not an integer constant" CLANG_ERROR "not an integer constant expression"
enum e4 { D = g++ };			// GCC_ERROR "enumerator value for .D. is not an integer constant" CLANG_ERROR "not an integer constant expression"
enum e5 { E = (int)(1.0 + 2.0) };	// GCC_ERROR "enumerator value for .E. is not an integer constant expression" CLANG_ERROR "not an integer constant expression"
enum e6 { F = (int)2.5, G = sizeof(fn()) };

int
f(int x)
{
	switch (x) {
	case (0, 1):	// GCC_ERROR "case label does not reduce to an integer constant" CLANG_ERROR "not an integer constant expression" "left operand of comma operator has no effect"
		return 1;
	}
	return 0;
}
