// run
// Fails, printing what breaks careless reports: invalid UTF-8, a NUL, a
// CDATA end, markup, a quote, control bytes and a line of a megabyte.

#include <stdio.h>
#include <string.h>

static char big[1 << 20];

int main(void)
{
	printf("bad utf-8: \xff\xfe \xc3\x28 \xed\xa0\x80 end\n");
	fwrite("nul: \0 end\n", 1, 11, stdout);
	printf("cdata: ]]> markup: <a href=\"x\">&amp;</a> 'quote'\n");
	printf("controls: \x01\x1b[31m\x7f end\n");
	memset(big, 'x', sizeof(big) - 1);
	puts(big);
	return 1;
}
