// run
// gcc PR 92765: the strlen pass folded strcmp(p, "...") to "unequal" when it
// believed the object p points into was too small to hold the constant
// string, but it took the smallest object p might point to (one union
// member, or one of several buffers or allocation sizes chosen at run time)
// instead of the largest, so an equal string compared unequal.
// fixed: gcc 10
// In each probe p may point to a 3-byte or a larger object; the larger one
// holds "wxyz", the smaller one "ab", and both are compared with "wxyz".
// The strcmp call, or its inline expansion against "wxyz" (0x7a797877),
// must stay in every probe.

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#if defined(__GNUC__) && !defined(__clang__)
#define KEEP __attribute__((noipa))
#else
#define KEEP __attribute__((noinline))
#endif

union slot {
	char narrow[3];
	char roomy[12];
};

static union slot cell;
static char tiny[3], ample[9];

KEEP static void
fill(char *dst, int room)
{
	strcpy(dst, room ? "wxyz" : "ab");
}

KEEP static int
probe_union(int room)
{
	// amd64:`call\w*\s+strcmp|\$2054781047\b`
	char *p = room ? cell.roomy : cell.narrow;

	fill(p, room);
	return strcmp(p, "wxyz") == 0;
}

KEEP static int
probe_arrays(int room)
{
	// amd64:`call\w*\s+strcmp|\$2054781047\b`
	char *p = room ? ample + 2 : tiny;

	fill(p, room);
	return strcmp(p, "wxyz") == 0;
}

KEEP static int
probe_heap(int room)
{
	// amd64:`call\w*\s+strcmp|\$2054781047\b`
	char *p = malloc(room ? 20 : 3);
	int same;

	if (!p)
		return -1;
	fill(p, room);
	same = strcmp(p, "wxyz") == 0;
	free(p);
	return same;
}

int
main(int argc, char **argv)
{
	int on = argc > 0, off = argc < 0;

	(void)argv;
	printf("union: %d %d\n", probe_union(on), probe_union(off));
	printf("arrays: %d %d\n", probe_arrays(on), probe_arrays(off));
	printf("heap: %d %d\n", probe_heap(on), probe_heap(off));
	return 0;
}
