// run
// gcc PR 92765: wrong code for strcmp of a union member
// Checks strcmp of a string copied into the middle of a buffer that is
// chosen at run time, allocated or static.

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

static int
maybe_copy(char *dst, int skip)
{
	if (skip == 0)
		strcpy(dst, "wxyz");
	return skip;
}

static int
heap_case(int skip)
{
	char *p = skip ? malloc(4) : calloc(16, 1);
	int r = -1;

	if (p == NULL)
		return -2;
	if (!maybe_copy(p + 2, skip))
		r = strcmp(p + 2, "wxyz") == 0;
	free(p);
	return r;
}

static char b5[5], b6[6], b7[7];

static int
static_case(int sel)
{
	char *p = sel < 0 ? b5 : sel > 0 ? b6 : b7;
	char *q = p + 1;

	if (maybe_copy(q, sel))
		return -1;
	return strcmp(q, "wxyz") == 0;
}

int
main(void)
{
	printf("%d %d\n", heap_case(0), heap_case(1));
	printf("%d %d %d\n", static_case(-1), static_case(0), static_case(1));
	return 0;
}
