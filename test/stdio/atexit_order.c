// run
// Checks exit(): handlers registered with atexit run in reverse order of
// registration, after main's own output, and buffered output is flushed.

#include <stdio.h>
#include <stdlib.h>

static void first(void)
{
	printf("first registered, runs last\n");
}

static void second(void)
{
	printf("second registered\n");
}

static void third(void)
{
	printf("third registered, runs first\n");
}

static void finish(void)
{
	printf("leaving via exit\n");
	exit(EXIT_SUCCESS);
}

int main(void)
{
	atexit(first);
	atexit(second);
	atexit(third);
	printf("main body");
	putchar('\n');
	finish();
	printf("not reached\n");
	return 1;
}
