/* libFuzzer target: the recipe parsers of both dialects (recipe.h,
 * crecipe.h, gorecipe.h).
 *
 * Each input is read four ways: recipe_split on the whole text (its words
 * must survive a quote-and-split round trip), crecipe_parse as a C test
 * (its requires: lines then go through constraint_eval), and
 * gorecipe_cut plus gorecipe_parse as a Go test, on an unterminated copy
 * so that a read past the end is caught.
 */
#include "arena.h"
#include "c/cpath.h"
#include "c/crecipe.h"
#include "constraint.h"
#include "go/gorecipe.h"
#include "recipe.h"
#include "strbuf.h"

#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

static const char *const tags[] = { "gcc", "c11", "linux", "arch_x86_64",
				    NULL };

static void
fail(const char *what)
{
	fprintf(stderr, "fuzz_recipe: broken invariant: %s\n", what);
	abort();
}

/* W[0..n) quoted so that recipe_split gives them back. */
static void
requote(struct strbuf *sb, char **w, size_t n)
{
	const char *p;
	size_t i;

	for (i = 0; i < n; i++) {
		if (i)
			strbuf_addstr(sb, " ");
		if (!w[i][0])
			strbuf_addstr(sb, "''");
		for (p = w[i]; *p; p++) {
			if (strchr("\\'\" \t\n\r\v\f", *p))
				strbuf_addstr(sb, "\\");
			strbuf_add(sb, p, 1);
		}
	}
}

static void
check_split(const char *text)
{
	struct arena a;
	struct strbuf sb;
	char **w, **w2, err[256];
	size_t n, n2, i;

	arena_init(&a);
	err[0] = '\0';
	if (recipe_split(&a, text, &w, &n, err, sizeof(err)) < 0) {
		if (!err[0])
			fail("recipe_split failed without a message");
		arena_release(&a);
		return;
	}
	if (n && w[n])
		fail("recipe_split words not NULL-terminated");
	strbuf_init(&sb, 0);
	requote(&sb, w, n);
	if (recipe_split(&a, sb.buf, &w2, &n2, err, sizeof(err)) < 0)
		fail("requoted words do not split");
	if (n2 != n)
		fail("requoted words split into a different count");
	for (i = 0; i < n; i++)
		if (strcmp(w[i], w2[i]) != 0)
			fail("requoted word changed");
	strbuf_release(&sb);
	arena_release(&a);
}

static void
check_recipe(const struct recipe *r)
{
	size_t i;

	if (!r->action)
		fail("no action");
	if (r->want_error < -1 || r->want_error > 1)
		fail("want_error out of range");
	if (r->timeout < 0)
		fail("negative timeout");
	for (i = 0; i < r->nflags; i++)
		if (!r->flags[i] || r->flags[i][0] != '-')
			fail("flag that is not a flag");
	for (i = 0; i < r->nargs; i++)
		if (!r->args[i])
			fail("NULL argument");
	for (i = 0; i < r->nopts; i++)
		if (!r->opts[i].flag || (r->opts[i].flag->takes_value &&
					 !r->opts[i].value))
			fail("dialect flag without its value");
}

static void
check_c(const char *text)
{
	struct arena a;
	struct recipe r;
	struct crecipe cr;
	char err[256];
	size_t i;
	int line, v;

	arena_init(&a);
	err[0] = '\0';
	if (crecipe_parse(&a, text, cpath_value_flags, &r, &cr, &line, err,
			  sizeof(err)) < 0) {
		if (!err[0] || line < 0)
			fail("crecipe_parse failed without a message");
		arena_release(&a);
		return;
	}
	check_recipe(&r);
	if (r.line < 1 || r.nopts)
		fail("C recipe line, or a flag C does not have");
	for (i = 0; i < cr.nrequires; i++) {
		if (!cr.requires[i] || cr.requires_line[i] <= r.line)
			fail("requires: line before the directive");
		v = constraint_eval(cr.requires[i], tags, err, sizeof(err));
		if (v < -1 || v > 1)
			fail("constraint_eval out of range");
	}
	arena_release(&a);
}

static void
check_go(const uint8_t *data, size_t size)
{
	struct arena a;
	struct gorecipe g;
	struct goflags f;
	struct recipe r;
	char err[256], *copy = malloc(size ? size : 1);
	const char *end;
	size_t i;
	int rc;

	memcpy(copy, data, size);
	end = copy + size;
	err[0] = '\0';
	rc = gorecipe_cut(copy, size, "x.go", &g, err, sizeof(err));
	if (rc != 0) {
		if (rc != 1 && rc != -1)
			fail("gorecipe_cut result");
		if (!err[0])
			fail("gorecipe_cut failed without a message");
		free(copy);
		return;
	}
	if (g.text < copy || g.text + g.len > end || g.header < copy ||
	    g.header + g.headerlen > end)
		fail("gorecipe spans outside the text");
	arena_init(&a);
	if (gorecipe_parse(&a, &g, &r, &f, err, sizeof(err)) == 0) {
		check_recipe(&r);
		for (i = 0; i < f.nexperiments; i++)
			if (!f.experiments[i])
				fail("NULL goexperiment");
	} else if (!err[0]) {
		fail("gorecipe_parse failed without a message");
	}
	arena_release(&a);
	free(copy);
}

int
LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	char *text = malloc(size + 1);

	memcpy(text, data, size);
	text[size] = '\0';
	check_split(text);
	check_c(text);
	free(text);
	check_go(data, size);
	return 0;
}
