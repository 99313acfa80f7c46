// run
// Checks the array types of string literals (C11 6.4.5p6): a literal with
// n code units has type array of n+1 elements of char, wchar_t, char16_t
// or char32_t, so sizeof counts the terminating NUL and any embedded NUL;
// u8 literals hold UTF-8 (U+00E9 takes two bytes, U+20AC three, U+1F600
// four), u literals UTF-16 (a surrogate pair for U+1F600) and U literals
// one char32_t per character; and a literal initialises an array whose
// size it then fixes.

#include <stdio.h>
#include <wchar.h>
#include <uchar.h>

#define COUNT(lit) ((int)(sizeof(lit) / sizeof((lit)[0])))

int main(void)
{
	char fit[] = "four";
	wchar_t wfit[] = L"wide";

	printf("%d %d %d %d\n", (int)sizeof "", (int)sizeof "abc",
		(int)sizeof "a\0b", (int)sizeof "\n\t");
	printf("%d %d\n", (int)sizeof fit, COUNT(wfit));
	printf("%d %d %d\n", COUNT(L"ab"), (int)(sizeof L"ab" == 3 * sizeof(wchar_t)),
		(int)(sizeof L""[0] == sizeof(wchar_t)));
	printf("%d %d %d %d\n", COUNT(u8"\u00e9"), COUNT(u8"\u20ac"),
		COUNT(u8"\U0001F600"), COUNT(u8"a\u00e9b"));
	printf("%d %d %d\n", COUNT(u"\u00e9"), COUNT(u"\U0001F600"),
		(int)sizeof u"x");
	printf("%d %d %d\n", COUNT(U"\u00e9"), COUNT(U"\U0001F600"),
		(int)sizeof U"x");
	printf("%d %d\n", (int)sizeof(u"")[0], (int)sizeof(U"")[0]);
	printf("%d\n", _Generic(&"abc", char (*)[4]: 1, default: 0));
	return 0;
}
