// errorcheck
// clang GH 134658: an integer constant too large for every integer type
// has no type, which violates the constraint of C11 6.4.4p2 wherever it
// is written, also in the arm of a #if conditional that is never
// evaluated. Clang only checked the evaluated arm and accepted the file
// silently; since clang 21 it reports the literal. tcc 0.9.27 only warns.
// fixed: clang 21
// requires: gcc || clang

#if 1 ? 7 : 123456789012345678901234567890	// ERROR "too large"
int chosen = 7;
#else
int chosen = 0;
#endif
