/* libFuzzer target: the ERROR-comment readers of both dialects
 * (cerror.h, goerror.h) and errcheck.h's matching.
 *
 * The input is a source text, optionally followed by a NUL byte and
 * compiler messages ("x.c:3: error: ...", one a line). The source's
 * expectations are collected the C way (GCC's tags) and the Go way
 * (run.go's wantedErrors), each compiled pattern is checked, both
 * lists are matched against the messages with errcheck_match, the C
 * list's report (cerror_report) is built, and -update_errors' rewrite
 * (cerrupdate_text) of the source must then pass.
 */
#include "arena.h"
#include "c/cerror.h"
#include "c/cerrupdate.h"
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

/* Every unusable C comment is named, on a line of the source. */
static void
check_bad(const struct cerror_badlist *bad, int nlines)
{
	size_t i;

	for (i = 0; i < bad->n; i++)
		if (!bad->v[i].msg || !bad->v[i].msg[0] ||
		    bad->v[i].line < 1 || bad->v[i].line > nlines)
			fail("unusable comment without a message or a line");
}

/* -update_errors' rewrite of SRC for the messages MSGS: when each names
 * a line of x.c and no line was left as it was, the rewritten source has
 * no unusable comment left or passes. */
static void
check_update(struct arena *a, const char *src, char **msgs, size_t n)
{
	struct cerrupdate_changes ch = { 0 };
	struct cerror_badlist bad = { 0 };
	struct wantlist w = { 0 };
	struct errcheck_result res;
	char *text = cerrupdate_text(a, src, "x.c", gcc_tags, msgs, n, &ch);
	size_t i, flen, len = strlen(src);
	const char *f;
	int line, nlines = len && src[len - 1] != '\n';

	for (i = 0; i < len; i++)
		nlines += src[i] == '\n';
	for (i = 0; i < ch.n; i++)
		if (ch.v[i].sign == '!')
			return;
	for (i = 0; i < n; i++) {
		line = cerror_diag_line(msgs[i], &f, &flen);
		if (line < 1 || line > nlines || flen != 3 ||
		    strncmp(f, "x.c", 3) != 0)
			return;
	}
	cerror_wanted(a, text, "x.c", gcc_tags, &w, &bad);
	if (!bad.n && errcheck_run(a, &w, msgs, n, &res))
		fail("a rewritten source does not pass");
}

static void
run(struct arena *a, const char *src, const char *out, int go)
{
	struct cerror_badlist bad = { 0 };
	struct errcheck_result res;
	struct wantlist w = { 0 };
	char err[512], **msgs, **copy;
	const char *p;
	size_t n;
	int line = 0, nlines = 1;

	for (p = src; *p; p++)
		nlines += *p == '\n';
	err[0] = '\0';
	if (go && goerror_wanted(a, src, "x.go", &w, &line, err,
				 sizeof(err)) < 0) {
		if (!err[0] || line < 1 || line > nlines)
			fail("failure without a message or a line");
		if (w.n)
			fail("a failed read left expectations");
		return;
	}
	if (!go)
		cerror_wanted(a, src, "x.c", gcc_tags, &w, &bad);
	check_bad(&bad, nlines);
	check_wants(&w, nlines);
	msgs = split_msgs(a, out, &n);
	copy = arena_alloc(a, (n + 1) * sizeof(*copy));
	if (n)
		memcpy(copy, msgs, n * sizeof(*copy));
	(void)errcheck_match(a, &w, copy, n);
	if (n == 0 && w.n > 0 && !errcheck_match(a, &w, copy, 0))
		fail("expectations met by no messages");
	if (!go) {
		errcheck_run(a, &w, copy, n, &res);
		if (!cerror_report(a, NULL, "x.c", &bad, &res) !=
		    (bad.n + res.nmiss + res.nunmatched == 0))
			fail("a report disagrees with its counts");
		check_update(a, src, copy, n);
	}
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
