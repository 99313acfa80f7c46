// errorcheck
// Checks that a universal character name may not name a character below
// U+00A0 other than $, @ and `, nor a surrogate code point (C11 6.4.3p2),
// in a character constant, a string literal or an identifier. clang then
// also stumbles over the rest of the declaration. Letters such as U+00E9
// in identifiers and strings are fine.

int a = '\u0041';		// GCC_ERROR "\\u0041 is not a valid universal character" CLANG_ERROR "character .A. cannot be specified by a universal character name"
const char *b = "\uD800";	// GCC_ERROR "\\uD800 is not a valid universal character" CLANG_ERROR "invalid universal character"
int c\u0030;			// GCC_ERROR "\\u0030 is not a valid universal character" CLANG_ERROR "character .0. cannot be specified by a universal character name" "expected .;. after top level declarator"
int \u00e9t\u00e9 = 1;
const char *e = "\u00e9";
int f = '\u0060' + '\u0024' + '\u0040';
