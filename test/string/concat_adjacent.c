// run
// Checks concatenation of adjacent string literals (C11 5.1.1.2p1 phase 6,
// 6.4.5p5): escapes are converted before concatenation, so "\x4" "1" is
// two characters and "\0" "12" stays NUL then "12"; literals may be split
// across lines and interleaved with comments and macros; only one
// terminating NUL is added; an L prefix on any one piece makes the whole
// a wide literal (C11 6.4.5p5); and the result is a single array.

#include <stdio.h>
#include <string.h>
#include <wchar.h>

#define NAME "rundriver"
#define VERSION_MAJOR "1"
#define VERSION_MINOR "42"

int main(void)
{
	const char two[] = "\x4" "1";
	const char nul[] = "\0" "12";
	const char *banner = NAME " " VERSION_MAJOR "." VERSION_MINOR;
	const char split[] = "one, "
		/* a comment between the pieces */
		"two, "
		"three";
	const wchar_t *w = L"wide" " and " "narrow";
	const wchar_t *w2 = "narrow" L"-first";

	printf("%d %d %d\n", (int)sizeof two, two[0], two[1] == '1');
	printf("%d %d %d\n", (int)sizeof nul, nul[0], (int)strlen(nul + 1));
	printf("%s (%d)\n", banner, (int)strlen(banner));
	printf("%s (%d)\n", split, (int)sizeof split);
	printf("%d %d\n", (int)wcslen(w), (int)(sizeof(L"ab" "cd") / sizeof(wchar_t)));
	printf("%d %d\n", (int)wcslen(w2), w2[6] == L'-');
	printf("%d\n", (int)sizeof("" "" ""));
	printf("%c%c\n", ("ab" "cd")[1], ("ab" "cd")[2]);
	return 0;
}
