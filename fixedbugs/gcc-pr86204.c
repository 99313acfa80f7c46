// run
// gcc PR 86204: wrong strlen result after prior strnlen
// The strlen pass recorded the result of strnlen(s, n) as the length of s,
// so a following strlen(s) was replaced by it even when n cut the string
// short. Checks strlen right after strnlen with bounds below, at and above
// the length.
// fixed: gcc 9

#define _POSIX_C_SOURCE 200809L
#include <stdio.h>
#include <string.h>

#ifdef __clang__
#define OPAQUE __attribute__((noinline))
#else
#define OPAQUE __attribute__((noipa))
#endif

OPAQUE void
lens(const char *s, size_t bound, size_t *n, size_t *len)
{
	// amd64:`call[q]?\s+strnlen\b`,`call[q]?\s+strlen\b`
	*n = strnlen(s, bound);
	*len = strlen(s);
}

static char text[] = "abcdef";
static volatile size_t bounds[5] = { 0, 1, 3, 6, 9 };

int
main(void)
{
	for (int i = 0; i < 5; i++) {
		size_t n, len;

		lens(text, bounds[i], &n, &len);
		printf("%zu %zu\n", n, len);
	}
	return 0;
}
