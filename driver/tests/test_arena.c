#include "unit.h"
#include "arena.h"

#include <stdio.h>
#include <string.h>

void
test_arena(void)
{
	static const struct {
		const char *s, *from, *to, *want;
	} cases[] = {
		{ "/a/b/x.c:1: e", "/a/b/", "t/", "t/x.c:1: e" },
		{ "/a/x /a/y", "/a/", "", "x y" },
		{ "none here", "/a/", "t/", "none here" },
		{ "aaa", "a", "bb", "bbbbbb" },
		{ "", "a", "b", "" },
		{ "keep", "", "x", "keep" },
	};
	struct arena a;
	size_t i;
	char *big;

	arena_init(&a);
	for (i = 0; i < sizeof(cases) / sizeof(cases[0]); i++)
		check_str(cases[i].s, arena_replace(&a, cases[i].s,
						    cases[i].from, cases[i].to),
			  cases[i].want);
	big = arena_alloc(&a, 100000);	/* larger than a block */
	check(big[99999] == 0, "large allocation is zeroed", "not zero");
	check_str("printf", arena_printf(&a, "%s-%d", "x", 42), "x-42");
	{
		struct strlist l = { 0 };
		char name[16];
		int k;

		for (k = 0; k < 20; k++) {
			snprintf(name, sizeof(name), "w%d", k);
			arena_push(&a, &l, arena_strdup(&a, name));
		}
		check_int("pushed", (long)l.n, 20);
		check_str("first kept across growth", l.v[0], "w0");
		check_str("last", l.v[19], "w19");
		check(l.v[20] == NULL, "NULL-terminated", "not");
	}
	arena_release(&a);
}
