/* Unit tests of arena.c: replace, large blocks, string lists, deferred
 * calls and growth, environments with later names winning. */
#include "unit.h"
#include "arena.h"
#include "strbuf.h"

#include <stdio.h>
#include <string.h>

/* Each deferred call records its number in the order it runs. */
static char order[8];

static void
note(void *p)
{
	size_t n = strlen(order);

	order[n] = *(const char *)p;
}

/* Deferred calls run once, last first, at release; and the arena is
 * reusable afterwards. */
static void
test_arena_defer(void)
{
	static const char one = '1', two = '2', three = '3';
	struct arena a;
	int *v = NULL;
	size_t cap = 0, i;

	memset(order, 0, sizeof(order));
	arena_init(&a);
	arena_defer(&a, note, (void *)&one);
	arena_defer(&a, note, (void *)&two);
	check_str("nothing runs before release", order, "");
	arena_release(&a);
	check_str("deferred calls, last first", order, "21");
	arena_defer(&a, note, (void *)&three);
	arena_release(&a);
	check_str("each runs once; the arena is reusable", order, "213");
	for (i = 0; i < 100; i++) {
		v = arena_grow(&a, v, i, &cap, sizeof(*v));
		v[i] = (int)i;
	}
	check(cap >= 100 && v[0] == 0 && v[57] == 57 && v[99] == 99,
	      "arena_grow keeps what the array held", "cap %zu", cap);
	arena_release(&a);
}

/* arena_env: the last entry of a name wins, in the order of those kept;
 * entries are "|"-separated in the table. */
static void
test_arena_env(struct arena *a)
{
	static const struct {
		const char *name, *in, *want;
	} cases[] = {
		{ "env: nothing to replace", "A=1|B=2", "A=1|B=2" },
		{ "env: a later name wins", "A=1|B=2|A=3", "B=2|A=3" },
		{ "env: a prefix is another name", "AB=1|A=2", "AB=1|A=2" },
		{ "env: an empty value counts", "GOENV=off|GOENV=", "GOENV=" },
		{ "env: empty", "", "" },
	};
	struct strbuf sb;
	char *in, *tok, **v;
	struct strlist l;
	size_t i, k;

	for (i = 0; i < sizeof(cases) / sizeof(cases[0]); i++) {
		memset(&l, 0, sizeof(l));
		in = arena_strdup(a, cases[i].in);
		for (tok = strtok(in, "|"); tok; tok = strtok(NULL, "|"))
			arena_push(a, &l, tok);
		v = arena_env(a, l.v, l.n);
		strbuf_init(&sb, 0);
		for (k = 0; v[k]; k++)
			strbuf_addf(&sb, "%s%s", k ? "|" : "", v[k]);
		check_str(cases[i].name, sb.buf ? sb.buf : "", cases[i].want);
		strbuf_release(&sb);
	}
}

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
	test_arena_env(&a);
	arena_release(&a);
	test_arena_defer();
}
