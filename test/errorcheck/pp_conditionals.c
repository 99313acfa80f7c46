// errorcheck
// Checks conditional inclusion: the #if expression must be an integer
// constant expression (C11 6.10.1p1), and the directives must follow the
// grammar of C11 6.10p1: an expression after #if, one identifier after
// #ifdef, no second #else, no #endif or #elif without an #if. gcc points
// back at the #if that the second #else belongs to, as an error line.

#if 1.0		// GCC_ERROR "floating constant in preprocessor expression" CLANG_ERROR "floating point literal in preprocessor expression"
#endif
#if		// GCC_ERROR "#if with no expression" CLANG_ERROR "expected value in expression"
#endif
#if 1 +		// GCC_ERROR "operator .\+. has no right operand" CLANG_ERROR "expected value in expression"
#endif
#ifdef		// GCC_ERROR "no macro name given in #ifdef directive" CLANG_ERROR "macro name missing"
#endif
#ifdef X Y	// ERROR "extra tokens at end of #ifdef directive"
#endif
#if 1		// GCC_ERROR "the conditional began here"
#else
#else		// ERROR "#else after #else"
#endif
#endif		// ERROR "#endif without #if"
#elif 1		// ERROR "#elif without #if"
int x;
