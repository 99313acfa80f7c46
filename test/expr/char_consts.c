// run
// Checks character constants: their type is int, escape sequences with
// fixed values, and the contiguity of the decimal digits.

#include <stdio.h>
#include <string.h>

int main(void)
{
	const char *s = "a\tb\\c\"d\101\x42\0hidden";
	int digits = 0;
	char c;

	printf("%d\n", sizeof 'a' == sizeof(int));
	printf("%d %d %d\n", '\0', '\101', '\x7f');
	printf("%d %d\n", '\n' != '\r', '\a' != '\b');
	printf("%d\n", (int)strlen(s));
	printf("%s\n", s + 7);
	printf("%d\n", (int)sizeof("a\0b"));
	for (c = '0'; c <= '9'; c++)
		digits += c - '0';
	printf("%d\n", digits);
	printf("%d\n", '7' - '0');
	printf("%c%c\n", 'x', '\'');
	printf("%d\n", "xyz"[1] == 'y');
	return 0;
}
