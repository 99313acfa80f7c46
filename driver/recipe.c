#define _POSIX_C_SOURCE 200809L
#include "recipe.h"
#include "arena.h"
#include "strbuf.h"
#include "util.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

static int
is_space(char c)
{
	return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\v' ||
	       c == '\f';
}

int
recipe_split(struct arena *a, const char *s, char ***out, size_t *n,
	     char *err, size_t errlen)
{
	struct strlist w = { 0 };
	struct strbuf cur;
	char quote = 0;
	int inword = 0, escaped = 0;

	strbuf_init(&cur, 0);
	for (; *s; s++) {
		if (escaped) {
			strbuf_add(&cur, s, 1);
			escaped = 0;
		} else if (*s == '\\') {
			escaped = inword = 1;
		} else if (quote) {
			if (*s == quote)
				quote = 0;
			else
				strbuf_add(&cur, s, 1);
		} else if (*s == '"' || *s == '\'') {
			quote = *s;
			inword = 1;
		} else if (is_space(*s)) {
			if (inword)
				arena_push(a, &w, arena_strdup(a, cur.buf));
			strbuf_reset(&cur);
			inword = 0;
		} else {
			strbuf_add(&cur, s, 1);
			inword = 1;
		}
	}
	if (inword && !quote && !escaped)
		arena_push(a, &w, arena_strdup(a, cur.buf));
	strbuf_release(&cur);
	if (quote || escaped) {
		snprintf(err, errlen, "invalid test recipe: %s",
			 quote ? "unclosed quote" : "unfinished escaping");
		return -1;
	}
	*out = w.v;
	*n = w.n;
	return 0;
}

/* One line of the recipe block, without its comment markers. */
struct rline {
	const char *text;
	int line;
};

/* Cut the leading comment block of TEXT into lines of comment text.
 * Return the number of lines, or -1 with ERR set. */
static int
recipe_block(struct arena *a, const char *text, struct rline **out,
	     int *errline, char *err, size_t errlen)
{
	const char *p = text, *eol, *close;
	struct rline *lines = NULL;
	int n = 0, cap = 0, lineno = 1, block = strncmp(text, "/*", 2) == 0;
	size_t len;

	while (*p) {
		eol = strchr(p, '\n');
		len = eol ? (size_t)(eol - p) : strlen(p);
		if (len && p[len - 1] == '\r')
			len--;
		if (len == 0)
			break;
		if (n == cap) {
			struct rline *nl;

			cap = cap ? 2 * cap : 8;
			nl = arena_alloc(a, (size_t)cap * sizeof(*nl));
			if (n)
				memcpy(nl, lines, (size_t)n * sizeof(*nl));
			lines = nl;
		}
		if (block) {
			const char *start = n == 0 ? p + 2 : p;
			size_t l = len - (size_t)(start - p);
			char *s = arena_strndup(a, start, l);

			close = strstr(s, "*/");
			if (close) {
				*(char *)close = '\0';
				block = 0;
			}
			lines[n].text = s;
		} else if (len >= 2 && p[0] == '/' && p[1] == '/') {
			lines[n].text = arena_strndup(a, p + 2, len - 2);
		} else {
			*errline = lineno;
			snprintf(err, errlen, n == 0 ?
				 "no test directive: the file must start with a "
				 "comment such as \"// run\"" :
				 "code inside the recipe block: a blank line must "
				 "end the leading comment");
			return -1;
		}
		lines[n++].line = lineno;
		if (!eol)
			break;
		p = eol + 1;
		lineno++;
	}
	if (n == 0) {
		*errline = 1;
		snprintf(err, errlen, "%s", *text ? "file starts with a blank "
			 "line: no test directive" : "empty file: no test "
			 "directive");
		return -1;
	}
	if (!*p || !strchr(p, '\n')) {
		*errline = lineno;
		snprintf(err, errlen, "recipe not ended by a blank line");
		return -1;
	}
	*out = lines;
	return n;
}

/* Consume the leading flags of the directive's words. */
static int
recipe_flags(struct arena *a, struct recipe *r, char **w, size_t n,
	     int go, char *err, size_t errlen)
{
	struct strlist flags = { 0 }, exps = { 0 };
	size_t i;
	char *end;

	for (i = 0; i < n && w[i][0] == '-'; i++) {
		if (strcmp(w[i], "-0") == 0) {
			r->want_error = 0;
		} else if (strcmp(w[i], "-1") == 0) {
			r->want_error = 1;
		} else if (strcmp(w[i], "-s") == 0) {
			r->single = 1;
		} else if (go && strcmp(w[i], "-goexperiment") == 0) {
			if (++i == n) {
				snprintf(err, errlen, "-goexperiment needs a "
					 "value");
				return -1;
			}
			arena_push(a, &exps, w[i]);
		} else if (strcmp(w[i], "-t") == 0) {
			if (++i == n) {
				snprintf(err, errlen, "-t needs a number of "
					 "seconds");
				return -1;
			}
			r->timeout = strtod(w[i], &end);
			if (*end || end == w[i] || !(r->timeout > 0)) {
				snprintf(err, errlen, "need number of seconds "
					 "for -t timeout, got %s instead", w[i]);
				return -1;
			}
		} else {
			arena_push(a, &flags, w[i]);
		}
	}
	r->flags = flags.v;
	r->nflags = flags.n;
	r->goexperiments = exps.v;
	r->ngoexperiments = exps.n;
	r->args = w + i;
	r->nargs = n - i;
	return 0;
}

static const char *
after_key(const char *s, const char *key)
{
	size_t n = strlen(key);

	while (*s == ' ' || *s == '\t')
		s++;
	if (strncmp(s, key, n) != 0)
		return NULL;
	for (s += n; *s == ' ' || *s == '\t'; s++)
		;
	return s;
}

int
recipe_parse(struct arena *a, const char *text, struct recipe *r,
	     int *errline, char *err, size_t errlen)
{
	struct rline *lines;
	struct strlist req = { 0 };
	char **w;
	size_t nw;
	const char *v;
	int n, i, first = 0;

	memset(r, 0, sizeof(*r));
	r->want_error = -1;
	*errline = 0;
	n = recipe_block(a, text, &lines, errline, err, errlen);
	if (n < 0)
		return -1;
	if (n > 1 && strstr(lines[0].text, "+build"))
		first = 1;	/* a build-constraint line */
	*errline = r->line = lines[first].line;
	if (recipe_split(a, lines[first].text, &w, &nw, err, errlen) < 0)
		return -1;
	if (nw == 0) {
		snprintf(err, errlen, "no test directive: the first comment "
			 "line must name an action such as \"run\"");
		return -1;
	}
	r->action = w[0];
	if (recipe_flags(a, r, w + 1, nw - 1, 0, err, errlen) < 0)
		return -1;
	r->requires_line = arena_alloc(a, (size_t)n * sizeof(int));
	for (i = first + 1; i < n; i++) {
		if ((v = after_key(lines[i].text, "requires:"))) {
			r->requires_line[req.n] = lines[i].line;
			arena_push(a, &req, arena_strdup(a, v));
		} else if ((v = after_key(lines[i].text, "bug:"))) {
			r->bug = arena_strdup(a, v);
		}
	}
	r->requires = req.v;
	r->nrequires = req.n;
	*errline = 0;
	return 0;
}

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
recipe_go_cut(const char *text, size_t len, const char *path,
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
recipe_go_parse(struct arena *a, const struct gorecipe *g, struct recipe *r,
		char *err, size_t errlen)
{
	char **w;
	size_t nw;

	memset(r, 0, sizeof(*r));
	r->want_error = -1;
	r->line = 1;
	if (recipe_split(a, arena_strndup(a, g->text, g->len), &w, &nw, err,
			 errlen) < 0)
		return -1;
	if (nw == 0) {	/* run.go takes the raw recipe as the action */
		r->action = arena_strndup(a, g->text, g->len);
		return 0;
	}
	r->action = w[0];
	return recipe_flags(a, r, w + 1, nw - 1, 1, err, errlen);
}
