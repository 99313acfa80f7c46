/* The C dialect's ERROR rules: "// ERROR" and "/ * ERROR * /" comments
 * with per-compiler tags, and the profile's diagnostics pattern that
 * turns a compiler's output into "file:line: text" entries. The matching
 * itself is errcheck.c's. */
#define _POSIX_C_SOURCE 200809L
#include "cerror.h"
#include "arena.h"
#include "errcheck.h"
#include "regex.h"
#include "util.h"

#include <stdio.h>
#include <string.h>

/* Find an annotation comment in LINE: "//" or "/ *", spaces, then a word
 * ending in ERROR. Return where that word starts, or NULL. */
static const char *
find_annotation(const char *line)
{
	const char *p = line, *w;

	while ((p = strchr(p, '/'))) {
		if (p[1] != '/' && p[1] != '*') {
			p++;
			continue;
		}
		w = p + 2;
		while (*w == ' ' || *w == '\t')
			w++;
		p = w;
		while ((*p >= 'A' && *p <= 'Z') || *p == '_')
			p++;
		if (p - w >= 5 && strncmp(p - 5, "ERROR", 5) == 0 &&
		    (*p == ' ' || *p == '\t'))
			return w;
	}
	return NULL;
}

static int
tag_kept(const char *const *tags, const char *tag, size_t n)
{
	for (; *tags; tags++)
		if (strlen(*tags) == n && strncmp(*tags, tag, n) == 0)
			return 1;
	return 0;
}

/* Read the tags and quoted patterns of one annotated line. */
static int
wanted_line(struct arena *a, const char *p, int lineno, const char *shortname,
	    const char *const *tags, struct wantlist *w, char *err,
	    size_t errlen)
{
	const char *tag = NULL, *q;
	size_t taglen = 0;
	int npat = 0;
	struct want x;
	char msg[256], *raw;

	for (;;) {
		while (*p == ' ' || *p == '\t')
			p++;
		if (*p == '"') {
			q = strchr(p + 1, '"');
			if (!q) {
				snprintf(err, errlen, "invalid ERROR comment: "
					 "unclosed quote in %.*s",
					 (int)(strlen(p) > 60 ? 60 : strlen(p)),
					 p);
				return -1;
			}
			npat++;
			if (tag_kept(tags, tag, taglen)) {
				raw = arena_strndup(a, p + 1, (size_t)(q - p - 1));
				if (errcheck_subst_line(a, raw, shortname,
							lineno, LINE_CHECKED,
							&x.pattern, msg,
							sizeof(msg)) < 0) {
					snprintf(err, errlen, "invalid pattern %s "
						 "in ERROR line: %s",
						 errcheck_quote(a, raw), msg);
					return -1;
				}
				x.re = regex_compile(a, x.pattern, msg,
						     sizeof(msg));
				if (!x.re) {
					snprintf(err, errlen, "invalid regexp "
						 "%s in ERROR line: %s",
						 errcheck_quote(a, x.pattern),
						 msg);
					return -1;
				}
				x.prefix = x.where = arena_printf(a, "%s:%d",
							shortname, lineno);
				x.line = lineno;
				errcheck_push(a, w, &x);
			}
			p = q + 1;
			continue;
		}
		q = p;
		while ((*q >= 'A' && *q <= 'Z') || *q == '_')
			q++;
		if (q - p < 5 || strncmp(q - 5, "ERROR", 5) != 0)
			break;
		if (tag && npat == 0)
			break;
		tag = p;
		taglen = (size_t)(q - p);
		npat = 0;
		p = q;
	}
	if (npat == 0) {
		snprintf(err, errlen, "invalid ERROR comment: %.*s needs a "
			 "quoted pattern", (int)taglen, tag);
		return -1;
	}
	return 0;
}

int
cerror_wanted(struct arena *a, const char *text, const char *shortname,
	      const char *const *tags, struct wantlist *w, int *errline,
	      char *err, size_t errlen)
{
	struct srclines l = { text, 0 };
	const char *ann;
	char *line;
	size_t n0 = w->n;

	while ((line = errcheck_next_line(a, &l))) {
		if ((ann = find_annotation(line)) &&
		    wanted_line(a, ann, l.lineno, shortname, tags, w, err,
				errlen) < 0) {
			*errline = l.lineno;
			w->n = n0;	/* nothing of a broken file */
			return -1;
		}
	}
	return 0;
}

/* The entry for output LINE, or NULL when it is not a diagnostic. */
static char *
split_line(struct arena *a, const char *line, const struct regex *diag)
{
	long fs, fe, ls, le, ts, te;
	size_t len = strlen(line);
	char *file;

	if (regex_group(diag, line, len, "file", &fs, &fe) == 1 &&
	    regex_group(diag, line, len, "line", &ls, &le) == 1 &&
	    regex_group(diag, line, len, "text", &ts, &te) == 1 &&
	    fs >= 0 && ls >= 0 && ts >= 0) {
		file = arena_strndup(a, line + fs, (size_t)(fe - fs));
		return arena_printf(a, "%s:%.*s: %.*s", base_name(file),
				    (int)(le - ls), line + ls, (int)(te - ts),
				    line + ts);
	}
	/* A tool-level error with no position must not go unnoticed. */
	if (strstr(line, ": error: ") || strstr(line, ": fatal error: ") ||
	    strstr(line, "internal compiler error"))
		return (char *)line;
	return NULL;
}

char **
cerror_split(struct arena *a, const char *output, const struct regex *diag,
	     const char *abspath, const char *shortname, size_t *n)
{
	struct strlist l = { 0 };
	size_t len, i;
	const char *p = output, *eol;
	char *e;

	while (*p) {
		eol = strchr(p, '\n');
		len = eol ? (size_t)(eol - p) : strlen(p);
		if (len && p[len - 1] == '\r')
			len--;
		if (p[0] == '\t' && l.n > 0)
			l.v[l.n - 1] = arena_printf(a, "%s\n%.*s", l.v[l.n - 1],
						    (int)len, p);
		else if (p[0] != '\t' &&
			 (e = split_line(a, arena_strndup(a, p, len), diag)))
			arena_push(a, &l, e);
		if (!eol)
			break;
		p = eol + 1;
	}
	for (i = 0; i < l.n; i++)
		l.v[i] = arena_replace(a, l.v[i], abspath, shortname);
	*n = l.n;
	return l.v;
}
