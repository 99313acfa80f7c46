// run
// Checks numeric escape sequences (C11 6.4.4.4): an octal escape takes
// at most three digits, so "\1234" is two characters and "\08" is NUL
// then '8'; a hexadecimal escape takes every hex digit that follows, so a
// literal must be split to end one ("\x41" "B"), and leading zeros are
// allowed in any number ("\x000041"); \0 embeds a NUL; the
// simple escapes \' \" \? \\ stand for those characters; and an escape's
// value is kept in unsigned char range ('\377' as unsigned char is 255).

#include <stdio.h>
#include <string.h>

int main(void)
{
	static const char oct[] = "\1234";
	static const char oct2[] = "\08";
	static const char hex[] = "\x41" "B";
	static const char hex2[] = "\x000041" "\x0";
	static const char small[] = "\x7\x07\7\07\007";
	static const char simple[] = "\'\"\?\\";
	unsigned char high = '\377';
	int i, same = 1;

	printf("oct: %d %d %d\n", (int)sizeof oct, oct[0], oct[1] == '4');
	printf("oct2: %d %d %d\n", (int)sizeof oct2, oct2[0], oct2[1] == '8');
	printf("hex: %d %d %d\n", (int)sizeof hex, hex[0], hex[1] == 'B');
	printf("hex2: %d %d %d\n", (int)sizeof hex2, hex2[0], hex2[1]);
	for (i = 0; i < 5; i++)
		same &= small[i] == 7;
	printf("small: %d %d\n", (int)sizeof small, same);
	printf("simple: %d %d\n", (int)sizeof simple, simple[0] == '\'');
	printf("%s\n", simple);
	printf("%d %d %d\n", high, (unsigned char)"\xff"[0], '\x00' == 0);
	printf("%d %d\n", (int)strlen("ab\0cd"), (int)sizeof "ab\0cd");
	printf("%d %d\n", '\101' == 0101, '\x7f' == 127);
	return 0;
}
