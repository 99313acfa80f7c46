/* libFuzzer target: the ERROR-comment readers of both dialects
 * (cerror.h, goerror.h) and errcheck.h's matching.
 *
 * The input is a source text, optionally followed by a NUL byte and
 * compiler messages ("x.c:3: error: ...", one a line). The source's
 * expectations are collected the C way (GCC's tags) and the Go way
 * (run.go's wantedErrors), each compiled pattern is checked, and both
 * lists are matched against the messages with errcheck_match.
 */
#include "arena.h"
#include "c/cerror.h"
#include "errcheck.h"
#include "go/goerror.h"
#include "regex.h"

#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

static const char *const gcc_tags[] = { "ERROR", "GCC_ERROR", NULL };

static void
fail(const char *what)
{
	fprintf(stderr, "fuzz_errcheck: broken invariant: %s\n", what);
	abort();
}

/* Every expectation is compiled, named and on a line of the source. */
static void
check_wants(const struct wantlist *w, int nlines)
{
	size_t i;

	for (i = 0; i < w->n; i++) {
		if (!w->v[i].re || !w->v[i].pattern || !w->v[i].prefix ||
		    !w->v[i].where)
			fail("incomplete expectation");
		if (w->v[i].line < 1 || w->v[i].line > nlines)
			fail("expectation outside the source");
		if (strchr(w->v[i].pattern, '\n'))
			fail("pattern spans lines");
	}
}

/* The lines of S, in arena memory; their count in *n. */
static char **
split_msgs(struct arena *a, const char *s, size_t *n)
{
	struct strlist l = { 0 };
	const char *eol;

	while (*s) {
		eol = strchr(s, '\n');
		if (!eol)
			eol = s + strlen(s);
		arena_push(a, &l, arena_strndup(a, s, (size_t)(eol - s)));
		s = *eol ? eol + 1 : eol;
	}
	*n = l.n;
	return l.v;
}

static void
run(struct arena *a, const char *src, const char *out, int go)
{
	struct wantlist w = { 0 };
	char err[512], **msgs, **copy;
	const char *p;
	size_t n;
	int line = 0, nlines = 1, rc;

	for (p = src; *p; p++)
		nlines += *p == '\n';
	err[0] = '\0';
	if (go)
		rc = goerror_wanted(a, src, "x.go", &w, &line, err,
				    sizeof(err));
	else
		rc = cerror_wanted(a, src, "x.c", gcc_tags, &w, &line, err,
				   sizeof(err));
	if (rc < 0) {
		if (!err[0] || line < 1 || line > nlines)
			fail("failure without a message or a line");
		if (w.n)
			fail("a failed read left expectations");
		return;
	}
	check_wants(&w, nlines);
	msgs = split_msgs(a, out, &n);
	copy = arena_alloc(a, (n + 1) * sizeof(*copy));
	if (n)
		memcpy(copy, msgs, n * sizeof(*copy));
	(void)errcheck_match(a, &w, copy, n);
	if (n == 0 && w.n > 0 && !errcheck_match(a, &w, copy, 0))
		fail("expectations met by no messages");
}

int
LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	char *text = malloc(size + 2);
	const char *out;
	struct arena a;

	memcpy(text, data, size);
	text[size] = text[size + 1] = '\0';
	out = text + strlen(text) + 1;	/* after the first NUL, or "" */
	arena_init(&a);
	run(&a, text, out, 0);
	run(&a, text, out, 1);
	(void)errcheck_quote(&a, text);
	(void)errcheck_backquote(&a, text);
	arena_release(&a);
	free(text);
	return 0;
}
