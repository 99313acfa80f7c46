// errorcheck -0 -Wdeclaration-after-statement
// clang GH 51273 (bugzilla 51931): -Wdeclaration-after-statement, asked for
// explicitly, did nothing under -std=c99 or later: clang only reported a
// declaration that follows a statement in C89 mode, while GCC reports it
// in every mode (as a style check). Clang 14 warns in C99 and later too.
// tcc ignores the option.
// fixed: clang 14

int
tally(const int *v, int n)
{
	int sum = 0;	/* declarations first: no warning */
	int i;

	for (i = 0; i < n; i++)
		sum += v[i];
	int twice = sum * 2;	// CLANG_ERROR "mixing declarations and code" GCC_ERROR "mixed declarations and code"
	return twice;
}
