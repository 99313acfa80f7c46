// errorcheck -0
// clang GH 57102: the hh and h length modifiers of printf take an argument
// that "will have been promoted according to the integer promotions"
// (C11 7.21.6.1p7), so an int argument for %hhx or %hd is correct and the
// value is simply converted to char or short before printing. Clang's
// -Wformat still complained "format specifies type 'char' but the argument
// has type 'int'" until clang 16. A genuinely wrong argument (a long for
// %d) must still be reported.
// fixed: clang 16

#include <stdio.h>

void
dump_bytes(const unsigned char *buf, int len, short tag)
{
	int i;

	printf("%hd:", tag + 1);
	for (i = 0; i < len; i++)
		printf(" %02hhx", buf[i] ^ 0x5a);
	printf(" %hhu %hu\n", len, 70000);
	printf("%d\n", 5L);	// CLANG_ERROR "format specifies type 'int' but the argument has type 'long'"
}
