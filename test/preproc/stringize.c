// run
// Checks the # operator: spelling of the argument with whitespace
// collapsed, escaping of quotes and backslashes in string literals, and
// the two-level trick that stringizes a macro's expansion.

#include <stdio.h>

#define STR(x) #x
#define XSTR(x) STR(x)
#define VERSION 3
#define VSTR(...) #__VA_ARGS__
#define SHOW(e) printf("%s = %d\n", #e, (e))

int main(void)
{
	printf("%s\n", STR(hello));
	printf("%s\n", STR(  a   +    b  ));
	printf("%s\n", STR("quoted\n"));
	printf("%s\n", STR('\''));
	printf("%s\n", STR(VERSION));
	printf("%s\n", XSTR(VERSION));
	printf("[%s]\n", STR());
	SHOW(2 + 3 * 4);
	SHOW(VERSION << 2);
	printf("%s\n", VSTR(a,b ,  c));
	return 0;
}
