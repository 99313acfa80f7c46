/* The C dialect's ERROR rules: "// ERROR" and "/ * ERROR * /" comments
 * with per-compiler tags, the profile's diagnostics pattern that turns a
 * compiler's output into "file:line: text" entries, and the message of a
 * failing errorcheck: the problems counted, every unusable pattern, and a
 * hint when a missing error's diagnostic sits a few lines away. The
 * matching itself is errcheck.c's. */
#define _POSIX_C_SOURCE 200809L
#include "cerror.h"
#include "arena.h"
#include "errcheck.h"
#include "regex.h"
#include "strbuf.h"
#include "util.h"

#include <ctype.h>
#include <limits.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

/* Find an annotation comment in LINE: "//" or "/ *", spaces, then a word
 * ending in ERROR. Return where that word starts and set *OPEN to the
 * comment's opener, or return NULL. */
static const char *
find_annotation(const char *line, const char **open)
{
	const char *p = line, *w;

	while ((p = strchr(p, '/'))) {
		if (p[1] != '/' && p[1] != '*') {
			p++;
			continue;
		}
		*open = p;
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

int
cerror_tag_kept(const char *const *tags, const char *tag, size_t n)
{
	for (; tags && *tags; tags++)
		if (strlen(*tags) == n && strncmp(*tags, tag, n) == 0)
			return 1;
	return 0;
}

/* Add pattern [RAW, RAW+LEN) of group TAG to ANN. */
static void
add_pat(struct arena *a, struct cerror_ann *ann, size_t *cap,
	const char *tag, size_t taglen, const char *raw, size_t len)
{
	ann->pats = arena_grow(a, ann->pats, ann->npats, cap,
			       sizeof(*ann->pats));
	ann->pats[ann->npats].tag = tag;
	ann->pats[ann->npats].taglen = taglen;
	ann->pats[ann->npats].raw = raw;
	ann->pats[ann->npats++].rawlen = len;
}

int
cerror_parse(struct arena *a, const char *line, struct cerror_ann *ann)
{
	const char *tag = NULL, *p, *q;
	size_t taglen = 0, cap = 0, len;
	int npat = 0;	/* of the current tag */

	memset(ann, 0, sizeof(*ann));
	if (!(p = find_annotation(line, &ann->open)))
		return 0;
	for (ann->end = p;; ann->end = p) {
		while (*p == ' ' || *p == '\t')
			p++;
		if (*p == '"') {
			if (!(q = strchr(p + 1, '"'))) {
				len = strlen(p) > 60 ? 60 : strlen(p);
				ann->err = arena_printf(a, "invalid ERROR "
					"comment: unclosed quote in %.*s",
					(int)len, p);
				return 1;
			}
			add_pat(a, ann, &cap, tag, taglen, p + 1,
				(size_t)(q - p - 1));
			npat++;
			p = q + 1;
			continue;
		}
		q = p;
		while ((*q >= 'A' && *q <= 'Z') || *q == '_')
			q++;
		if (q - p < 5 || strncmp(q - 5, "ERROR", 5) != 0 ||
		    (tag && npat == 0))
			break;
		tag = p;
		taglen = (size_t)(q - p);
		npat = 0;
		p = q;
	}
	if (npat == 0)
		ann->err = arena_printf(a, "invalid ERROR comment: %.*s "
					"needs a quoted pattern", (int)taglen,
					tag);
	return 1;
}

static void
add_bad(struct arena *a, struct cerror_badlist *bad, int line,
	enum cerror_badkind kind, const char *msg)
{
	bad->v = arena_grow(a, bad->v, bad->n, &bad->cap, sizeof(*bad->v));
	bad->v[bad->n].line = line;
	bad->v[bad->n].kind = kind;
	bad->v[bad->n++].msg = msg;
}

/* The expectation of pattern PAT of line LINENO into W, or, when it
 * cannot be used, why into BAD. */
static void
want_pat(struct arena *a, const struct cerror_pat *pat, int lineno,
	 const char *shortname, struct wantlist *w, struct cerror_badlist *bad)
{
	char msg[256], *raw = arena_strndup(a, pat->raw, pat->rawlen);
	struct want x;

	if (errcheck_subst_line(a, raw, shortname, lineno, LINE_CHECKED,
				&x.pattern, msg, sizeof(msg)) < 0) {
		add_bad(a, bad, lineno, CBAD_PATTERN, arena_printf(a,
			"invalid pattern %s in ERROR line: %s",
			errcheck_quote(a, raw), msg));
		return;
	}
	x.re = regex_compile(a, x.pattern, msg, sizeof(msg));
	if (!x.re) {
		add_bad(a, bad, lineno, CBAD_PATTERN, arena_printf(a,
			"invalid regexp %s in ERROR line: %s",
			errcheck_quote(a, x.pattern), msg));
		return;
	}
	x.prefix = x.where = arena_printf(a, "%s:%d", shortname, lineno);
	x.line = lineno;
	errcheck_push(a, w, &x);
}

size_t
cerror_wanted(struct arena *a, const char *text, const char *shortname,
	      const char *const *tags, struct wantlist *w,
	      struct cerror_badlist *bad)
{
	struct srclines l = { text, 0 };
	struct cerror_ann ann;
	size_t n0 = bad->n, i;
	char *line;

	while ((line = errcheck_next_line(a, &l))) {
		if (!cerror_parse(a, line, &ann))
			continue;
		for (i = 0; i < ann.npats; i++)
			if (cerror_tag_kept(tags, ann.pats[i].tag,
					    ann.pats[i].taglen))
				want_pat(a, &ann.pats[i], l.lineno, shortname,
					 w, bad);
		if (ann.err)
			add_bad(a, bad, l.lineno, CBAD_COMMENT, ann.err);
	}
	return bad->n - n0;
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

int
cerror_diag_line(const char *m, const char **file, size_t *flen)
{
	const char *colon = strchr(m, ':'), *f = m, *q;
	char *end;
	long n;

	if (!colon || !isdigit((unsigned char)colon[1]) || colon[1] == '0')
		return 0;
	for (q = colon; q > m; q--)
		if (q[-1] == '/') {
			f = q;
			break;
		}
	n = strtol(colon + 1, &end, 10);
	if (*end != ':' || n < 1 || n > INT_MAX)
		return 0;
	*file = f;
	*flen = (size_t)(colon - f);
	return (int)n;
}

/* The first unmatched diagnostic of RES exactly D lines away from M's,
 * in the same file, that M's pattern matches and no hint USED: its index,
 * or -1. */
static long
near_match(const struct errcheck_miss *m, const struct errcheck_result *res,
	   const char *used, int d)
{
	const struct want *x = m->want;
	size_t wlen = (size_t)(strrchr(x->prefix, ':') - x->prefix), flen, i;
	const char *f, *t;
	int line;

	for (i = 0; i < res->nunmatched; i++) {
		line = cerror_diag_line(res->unmatched[i], &f, &flen);
		if (used[i] || !line || abs(line - x->line) != d ||
		    flen != wlen || strncmp(f, x->prefix, wlen) != 0)
			continue;
		t = errcheck_text(res->unmatched[i]);
		if (regex_match(x->re, t, strlen(t)) == 1)
			return (long)i;
	}
	return -1;
}

/* For each missing error of RES, the unmatched diagnostic 1 to 3 lines
 * away that its pattern matches (-1: none); the nearest pairs first, and
 * no diagnostic twice. */
static long *
near_matches(struct arena *a, const struct errcheck_result *res)
{
	long *hint = arena_alloc(a, (res->nmiss + 1) * sizeof(*hint));
	char *used = arena_alloc(a, res->nunmatched + 1);
	size_t i;
	int d;

	for (i = 0; i < res->nmiss; i++)
		hint[i] = -1;
	for (d = 1; d <= 3; d++)
		for (i = 0; i < res->nmiss; i++)
			if (hint[i] < 0 && res->miss[i].why != ECK_LIMIT &&
			    (hint[i] = near_match(&res->miss[i], res, used,
						  d)) >= 0)
				used[hint[i]] = 1;
	return hint;
}

/* Failed expectation M in run.go's words, and when diagnostic D (NULL:
 * none) near its line matches it, a hint saying so. */
static char *
miss_line(struct arena *a, const struct errcheck_miss *m, const char *d)
{
	char *text = errcheck_miss_text(a, m);
	const char *f;
	size_t flen;
	int line, off;

	if (!d)
		return text;
	line = cerror_diag_line(d, &f, &flen);
	off = abs(line - m->want->line);
	return arena_printf(a, "%s%sbut a diagnostic on line %d matches it: "
			    "%.*s; is the ERROR comment %d line%s off?", text,
			    m->why == ECK_MISSING ? ", " : "\n\t", line,
			    (int)strcspn(d, "\n"), d, off, off == 1 ? "" : "s");
}

/* Append "N ONE" or "N MANY" to the counts in SB when N is not 0. */
static void
count(struct strbuf *sb, size_t n, const char *one, const char *many)
{
	if (n)
		strbuf_addf(sb, "%s%zu %s", sb->len ? ", " : "", n,
			    n == 1 ? one : many);
}

/* The line counting the problems of BAD and RES. */
static char *
summary(struct arena *a, const struct cerror_badlist *bad,
	const struct errcheck_result *res)
{
	size_t k[2] = { 0, 0 }, missing = 0, i;
	struct strbuf sb;
	char *s;

	for (i = 0; i < bad->n; i++)
		k[bad->v[i].kind == CBAD_PATTERN ? 0 : 1]++;
	for (i = 0; i < res->nmiss; i++)
		missing += res->miss[i].why != ECK_LIMIT;
	strbuf_init(&sb, 0);
	count(&sb, k[0], "invalid pattern", "invalid patterns");
	count(&sb, k[1], "invalid ERROR comment", "invalid ERROR comments");
	count(&sb, missing, "missing", "missing");
	count(&sb, res->nunmatched, "unexpected", "unexpected");
	count(&sb, res->nmiss - missing, "pattern hit the match limit",
	      "patterns hit the match limit");
	s = arena_strdup(a, sb.buf);
	strbuf_release(&sb);
	return s;
}

char *
cerror_report(struct arena *a, const char *head, const char *path,
	      const struct cerror_badlist *bad,
	      const struct errcheck_result *res)
{
	struct strbuf sb;
	long *hint;
	size_t i;
	char *s;

	if (!head && !bad->n && !res->nmiss && !res->nunmatched)
		return NULL;
	strbuf_init(&sb, 0);
	if (head)
		strbuf_addstr(&sb, head);
	s = summary(a, bad, res);
	if (*s)
		strbuf_addf(&sb, "%s%s", head ? "\n" : "", s);
	for (i = 0; i < bad->n; i++)
		strbuf_addf(&sb, "\n%s:%d: %s", path, bad->v[i].line,
			    bad->v[i].msg);
	hint = near_matches(a, res);
	for (i = 0; i < res->nmiss; i++)
		strbuf_addf(&sb, "\n%s", miss_line(a, &res->miss[i],
			    hint[i] < 0 ? NULL : res->unmatched[hint[i]]));
	if (res->nunmatched)
		strbuf_addstr(&sb, "\nUnmatched Errors:");
	for (i = 0; i < res->nunmatched; i++)
		strbuf_addf(&sb, "\n%s", res->unmatched[i]);
	s = arena_strdup(a, sb.buf);
	strbuf_release(&sb);
	return s;
}
