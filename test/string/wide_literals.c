// run
// Checks wide string literals and <wchar.h> string functions (C11 6.4.5,
// 6.4.4.4, 7.29.4): L literals are arrays of wchar_t ending in a wide
// NUL, L'x' is a wchar_t constant, the wcs functions count, compare, copy
// and search in wide characters, and when __STDC_ISO_10646__ is defined
// (C11 6.10.8.2) a universal character name gives the character's code
// point as its wchar_t value.

#include <stdio.h>
#include <wchar.h>

int main(void)
{
	wchar_t buf[32];
	const wchar_t *greek = L"\u03b1\u03b2\u03b3";
	const wchar_t *hit;

	printf("%d %d\n", (int)wcslen(L"wide string"), (int)wcslen(L""));
	printf("%d %d\n", L'\0' == 0, L'a' == (wchar_t)'a');
	wcscpy(buf, L"left");
	wcscat(buf, L"+right");
	printf("%d %d\n", (int)wcslen(buf), wcscmp(buf, L"left+right") == 0);
	printf("%d %d\n", wcscmp(L"abc", L"abd") < 0, wcsncmp(L"abcX", L"abcY", 3) == 0);
	hit = wcschr(buf, L'+');
	printf("%d\n", hit ? (int)(hit - buf) : -1);
	hit = wcsstr(buf, L"right");
	printf("%d\n", hit ? (int)(hit - buf) : -1);
	printf("%d\n", (int)wcslen(greek));
#ifdef __STDC_ISO_10646__
	printf("%d %d\n", greek[0] == 0x3b1, L'\u00e9' == 0xe9);
	printf("%d\n", L"\U0001F600"[0] == 0x1F600 || sizeof(wchar_t) < 4);
#else
	printf("1 1\n1\n");
#endif
	printf("%d\n", (int)wcsspn(L"aaab", L"a"));
	return 0;
}
