// errorcheck
// Checks that a label (named, case or default) must be followed by a
// statement (C11 6.8.1p1 grammar): not by the closing brace of a block,
// and not by a declaration, which is not a statement in C11. C23 allows
// both, so gcc reports them as pedantic errors.

int
f(int x)
{
	if (x) {
		goto out;
	out: }		// GCC_ERROR "label at end of compound statement" CLANG_ERROR "expected statement"
	switch (x) {
	case 1:
		int y = 2;	// GCC_ERROR "a label can only be part of a statement and a declaration is not a statement" CLANG_ERROR "expected expression"
	default: }	// GCC_ERROR "label at end of compound statement" CLANG_ERROR "label at end of compound statement: expected statement"
	goto lbl;
lbl:
	int z = 3;	// GCC_ERROR "a label can only be part of a statement and a declaration is not a statement" CLANG_ERROR "expected expression"
	return x;
}
