// run
// Checks the spelling produced by # (C11 6.10.3.2p2): leading and
// trailing white space is dropped, each run of white space between tokens
// (comments and new-lines included) becomes one space, no space is added
// where the argument had none, a \ and " inside string literals and
// character constants are escaped, and macro names in the argument are
// not expanded.

#include <stdio.h>
#include <string.h>

#define STR(x) #x
#define TWICE(x) #x #x
#define FIVE 5

int main(void)
{
	const char *s;

	printf("[%s]\n", STR(a+b));
	printf("[%s]\n", STR(  a  +	b  ));
	printf("[%s]\n", STR(a/* comment */+/**/b));
	printf("[%s]\n", STR(first
		second));
	printf("[%s]\n", STR(f ( x , y )));
	printf("[%s]\n", STR("a\\b"));
	printf("[%s]\n", STR('"'));
	printf("[%s]\n", STR('\\'));
	printf("[%s]\n", STR(L"wide" u8"utf"));
	printf("[%s]\n", STR(FIVE + FIVE));
	printf("[%s]\n", TWICE(ab));
	printf("[%s]\n", STR(#));
	printf("[%s]\n", STR(a.b->c[0]));
	s = STR("\n");
	printf("%d %d %d %d\n", (int)strlen(s), s[0] == '"', s[1] == '\\', s[2] == 'n');
	return 0;
}
