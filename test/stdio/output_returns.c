// run
// Checks the return values of the character and string output functions
// (C11 7.21.7.3, 7.21.7.4, 7.21.7.8, 7.21.7.9, 7.21.8.2, 7.21.6.3):
// fputc and putchar return the character written as unsigned char
// converted to int (0x141 writes and returns 'A'), fputs returns a
// non-negative value and adds no newline, puts adds one, fwrite returns
// the number of elements written, and printf the characters written.

#include <stdio.h>

int main(void)
{
	int r1, r2, r3, r4, n;
	size_t w;

	r1 = putchar('x');
	r2 = fputc(0x141, stdout);
	r3 = putchar('\n');
	printf("%d %d %d\n", r1, r2, r3);
	r4 = fputs("no newline", stdout);
	n = puts(" | puts adds one");
	printf("%d %d\n", r4 >= 0, n >= 0);
	w = fwrite("abcdef", 2, 3, stdout);
	putchar('\n');
	printf("%zu\n", w);
	w = fwrite("unused", 1, 0, stdout);
	printf("%zu\n", w);
	n = printf("%s %d%c", "count", 12345, '\n');
	printf("%d\n", n);
	n = printf("%s", "");
	printf("%d\n", n);
	return 0;
}
