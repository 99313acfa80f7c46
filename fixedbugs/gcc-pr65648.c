// run
// gcc PR 65648: wrong code for (!a) - (c <= e) stored via unsigned char into long long
// Checks the values 0 and 1 reach the long long.

#include <stdio.h>

int a, c;
short e = 1;
static long long f = 5;
long long *pf = &f;
unsigned char j = 7;

static void
show(const char *tag, long long v)
{
	printf("%s %lld\n", tag, v);
}

int
main(void)
{
	j = (!a) - (c <= e);
	*pf = j;
	show("zero", f);
	c = 2;
	j = (!a) - (c <= e);
	*pf = j;
	show("one", f);
	return 0;
}
