// errorcheck
// llvm GH 50661: C11 6.9.2p3 says a tentative definition of an object with
// internal linkage shall not have an incomplete type, so `static int t[];`
// with no later size is invalid (GCC: "array size missing"). Clang only
// warned that it assumed one element, even under -pedantic-errors, and
// compiled the file; it now diagnoses the incomplete type in pedantic mode.
// fixed: clang 21
// requires: gcc || clang

static int table[];	// ERROR "incomplete array type|array size missing" CLANG_ERROR "assumed to have one element"

int
peek(int i)
{
	return table[i];
}
