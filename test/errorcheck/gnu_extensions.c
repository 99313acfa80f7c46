// errorcheck
// Checks that GNU syntax outside the C11 grammar is diagnosed under
// -pedantic-errors: a range designator (6.7.9p1), a statement expression
// (6.5.1p1), ?: without its middle operand (6.5.15p1), a case range
// (6.8.1p1) and a function defined inside another function, which the
// grammar allows only at file scope (6.9p1, 6.8.2p1).

int range[4] = { [0 ... 3] = 1 };	// GCC_ERROR "ISO C forbids specifying range of elements to initialize" CLANG_ERROR "use of GNU array range extension"

int
f(int x, int *p)
{
	int a = ({ int t = x; t * 2; });	// GCC_ERROR "ISO C forbids braced-groups within expressions" CLANG_ERROR "use of GNU statement expression extension"
	int *b = p ?: &a;			// GCC_ERROR "ISO C forbids omitting the middle term of a .\?:. expression" CLANG_ERROR "use of GNU \?: conditional expression extension"

	switch (x) {
	case 1 ... 3:				// GCC_ERROR "range expressions in switch statements are non-standard" CLANG_ERROR "use of GNU case range extension"
		return a;
	}
	int nested(void) { return 1; }		// GCC_ERROR "ISO C forbids nested functions" CLANG_ERROR "function definition is not allowed here"
	return *b;
}
