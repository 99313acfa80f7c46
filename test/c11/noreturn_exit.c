// run
// Checks _Noreturn functions (and the noreturn macro of <stdnoreturn.h>)
// that leave through exit(), and that exit status 0 with pending output.

#include <stdio.h>
#include <stdlib.h>
#include <stdnoreturn.h>

static _Noreturn void quit(int code)
{
	printf("quit(%d)\n", code);
	exit(code);
}

static noreturn void fail_if(int bad)
{
	if (bad)
		quit(3);
	quit(0);
}

static int check(int v)
{
	if (v < 0)
		fail_if(1);
	return v * 2;
}

int main(void)
{
	printf("%d\n", check(21));
	fail_if(0);
}
