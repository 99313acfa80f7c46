/* The C dialect's recipe: the leading comment block of a test, its
 * directive line and its requires: and bug: lines. Only the directive
 * carries words for the compiler and the program; the other lines never
 * do. */
#define _POSIX_C_SOURCE 200809L
#include "crecipe.h"
#include "arena.h"
#include "recipe.h"

#include <stdio.h>
#include <string.h>

/* The C directive knows no flag beyond -0, -1 and -t: "-s" and the like
 * go to the compiler. */
static const struct recipe_flag cflags[] = { { NULL, 0 } };

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
	int n = 0, lineno = 1, block = strncmp(text, "/*", 2) == 0;
	size_t len, cap = 0;

	while (*p) {
		eol = strchr(p, '\n');
		len = eol ? (size_t)(eol - p) : strlen(p);
		if (len && p[len - 1] == '\r')
			len--;
		if (len == 0)
			break;
		lines = arena_grow(a, lines, (size_t)n, &cap, sizeof(*lines));
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
crecipe_parse(struct arena *a, const char *text,
	      const char *const *value_flags, struct recipe *r,
	      struct crecipe *cr, int *errline, char *err, size_t errlen)
{
	struct rline *lines;
	struct strlist req = { 0 };
	char **w;
	size_t nw;
	const char *v;
	int n, i, first = 0;

	memset(r, 0, sizeof(*r));
	memset(cr, 0, sizeof(*cr));
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
	if (recipe_directive(a, w, nw, cflags, value_flags, r, err, errlen) < 0)
		return -1;
	r->line = lines[first].line;
	cr->requires_line = arena_alloc(a, (size_t)n * sizeof(int));
	for (i = first + 1; i < n; i++) {
		if ((v = after_key(lines[i].text, "requires:"))) {
			cr->requires_line[req.n] = lines[i].line;
			arena_push(a, &req, arena_strdup(a, v));
		} else if ((v = after_key(lines[i].text, "bug:"))) {
			cr->bug = arena_strdup(a, v);
			cr->bug_line = lines[i].line;
		} else if ((v = after_key(lines[i].text, "fixed:"))) {
			cr->fixed = arena_strdup(a, v);
			cr->fixed_line = lines[i].line;
		}
	}
	cr->requires = req.v;
	cr->nrequires = req.n;
	*errline = 0;
	return 0;
}

