// run
// Checks that stdout and stderr both reach the compared output: the
// driver captures them into one stream. Each write is flushed before the
// next one, so the interleaving is fixed.

#include <stdio.h>

int main(void)
{
	printf("out 1\n");
	fflush(stdout);
	fprintf(stderr, "err 1\n");
	fflush(stderr);
	fputs("out 2\n", stdout);
	fflush(stdout);
	fputs("err 2\n", stderr);
	return 0;
}
