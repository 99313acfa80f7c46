// run
// gcc PR 86204: wrong strlen result after prior strnlen
// Checks strlen right after strnlen with bounds below, at and above the
// length.

#define _POSIX_C_SOURCE 200809L
#include <stdio.h>
#include <string.h>

static char text[] = "abcdef";

static void
check(size_t bound)
{
	size_t n = strnlen(text, bound);
	size_t len = strlen(text);

	printf("%zu %zu\n", n, len);
}

int
main(void)
{
	check(0);
	check(1);
	check(3);
	check(6);
	check(9);
	return 0;
}
