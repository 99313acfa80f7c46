/* run.go's recipe: the first line(s) of a Go test up to a blank line,
 * where constraints are looked for, and every word after the action taken
 * as a flag or an argument (run.go's run(), before its switch on the
 * action). Go's own flags -s and -goexperiment are read here. */
#define _POSIX_C_SOURCE 200809L
#include "gorecipe.h"
#include "arena.h"
#include "recipe.h"

#include <stdio.h>
#include <string.h>

/* The Go directive's own flags, beyond -0, -1 and -t. */
static const struct recipe_flag goflag_rows[] = {
	{ "-s", 0 },
	{ "-goexperiment", 1 },
	{ NULL, 0 },
};

/* Find NEEDLE in HAY[0..len); NULL when absent. */
static const char *
find_in(const char *hay, size_t len, const char *needle)
{
	size_t n = strlen(needle), i;

	for (i = 0; i + n <= len; i++)
		if (memcmp(hay + i, needle, n) == 0)
			return hay + i;
	return NULL;
}

int
gorecipe_cut(const char *text, size_t len, const char *path,
	     struct gorecipe *g, char *err, size_t errlen)
{
	const char *end, *nl, *pkg;

	if (len == 0) {
		snprintf(err, errlen, "empty file: no test recipe");
		return -1;
	}
	if (text[0] == '\n') {
		snprintf(err, errlen, "starts with newline");
		return 1;
	}
	end = find_in(text, len, "\n\n");
	if (!end) {
		snprintf(err, errlen, "double newline ending execution recipe "
			 "not found in %s", path);
		return -1;
	}
	g->text = text;
	g->len = (size_t)(end - text);
	nl = memchr(g->text, '\n', g->len);
	if (nl && find_in(g->text, (size_t)(nl - g->text), "+build")) {
		g->len -= (size_t)(nl + 1 - g->text);	/* a constraint line */
		g->text = nl + 1;
	}
	if (g->len >= 2 && g->text[0] == '/' && g->text[1] == '/') {
		g->text += 2;
		g->len -= 2;
	}
	pkg = find_in(text, len, "\npackage");
	g->header = pkg ? text : g->text;
	g->headerlen = pkg ? (size_t)(pkg - text) : g->len;
	return 0;
}

int
gorecipe_parse(struct arena *a, const struct gorecipe *g, struct recipe *r,
	       struct goflags *f, char *err, size_t errlen)
{
	struct strlist exps = { 0 };
	char **w;
	size_t nw, i;

	memset(r, 0, sizeof(*r));
	memset(f, 0, sizeof(*f));
	r->want_error = -1;
	r->line = 1;
	if (recipe_split(a, arena_strndup(a, g->text, g->len), &w, &nw, err,
			 errlen) < 0)
		return -1;
	if (nw == 0) {	/* run.go takes the raw recipe as the action */
		r->action = arena_strndup(a, g->text, g->len);
		return 0;
	}
	if (recipe_directive(a, w, nw, goflag_rows, NULL, r, err, errlen) < 0)
		return -1;
	r->line = 1;
	for (i = 0; i < r->nopts; i++) {
		if (r->opts[i].flag == &goflag_rows[0])
			f->single = 1;
		else
			arena_push(a, &exps, (char *)r->opts[i].value);
	}
	f->experiments = exps.v;
	f->nexperiments = exps.n;
	return 0;
}
