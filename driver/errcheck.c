#define _POSIX_C_SOURCE 200809L
#include "errcheck.h"
#include "arena.h"
#include "regex.h"
#include "strbuf.h"
#include "util.h"

#include <ctype.h>
#include <errno.h>
#include <limits.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

static void
wants_push(struct wantlist *w, const struct want *x)
{
	w->v = xrealloc(w->v, (w->n + 1) * sizeof(*w->v));
	w->v[w->n++] = *x;
}

/* Replace LINE, LINE+n and LINE-n in PAT with "short:n" into *OUT.
 * The Go dialect follows run.go: "LINE+x" is LINE then "+x", and line
 * arithmetic wraps. In C (STRICT) a sign must be followed by a number and
 * the line must exist; return -1 with ERR set when it does not. */
static int
subst_line(struct arena *a, const char *pat, const char *shortname,
	   int lineno, int strict, const char **out, char *err, size_t errlen)
{
	struct strbuf sb;
	const char *p = pat, *sign;
	char *end;
	unsigned long off;
	long line;

	strbuf_init(&sb, 0);
	while (*p) {
		if (strncmp(p, "LINE", 4) != 0) {
			strbuf_add(&sb, p++, 1);
			continue;
		}
		sign = p += 4;
		line = lineno;
		if ((*p == '+' || *p == '-') && isdigit((unsigned char)p[1])) {
			errno = 0;
			off = strtoul(p + 1, &end, 10);
			if (strict && (errno == ERANGE || off > INT_MAX)) {
				snprintf(err, errlen, "LINE%.*s is out of range",
					 (int)(end - sign), sign);
				goto bad;
			}
			if (errno == ERANGE || off > LONG_MAX)
				off = LONG_MAX;	/* as Go's Atoi clamps */
			/* run.go's int arithmetic wraps; so does ours */
			line = (long)(*p == '-' ? (unsigned long)line - off :
				      (unsigned long)line + off);
			p = end;
		} else if (strict && (*p == '+' || *p == '-')) {
			snprintf(err, errlen, "LINE%c must be followed by a "
				 "number", *p);
			goto bad;
		}
		if (strict && (line < 1 || line > INT_MAX)) {
			snprintf(err, errlen, "LINE%.*s names line %ld, before "
				 "the first line", (int)(p - sign), sign, line);
			goto bad;
		}
		strbuf_addf(&sb, "%s:%ld", shortname, line);
	}
	*out = arena_strdup(a, sb.buf);
	strbuf_release(&sb);
	return 0;
bad:
	strbuf_release(&sb);
	return -1;
}

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
				if (subst_line(a, raw, shortname, lineno, 1,
					       &x.pattern, msg, sizeof(msg)) < 0) {
					snprintf(err, errlen, "invalid pattern %s "
						 "in ERROR line: %s",
						 errcheck_quote(a, raw), msg);
					return -1;
				}
				x.re = regex_compile(x.pattern, msg,
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
				wants_push(w, &x);
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
errcheck_split(struct arena *a, const char *output, const struct regex *diag,
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

/* The leftmost "// ERROR " or "// GC_ERROR " (or the ERRORAUTO forms when
 * AUTO) in LINE; return the text after it, or NULL. */
static const char *
go_annotation(const char *line, int autotag)
{
	const char *tags[2][2] = { { "// ERROR ", "// GC_ERROR " },
				   { "// ERRORAUTO ", "// GC_ERRORAUTO " } };
	const char *best = NULL, *hit;
	size_t k, len = 0;

	for (k = 0; k < 2; k++) {
		hit = strstr(line, tags[autotag][k]);
		if (hit && (!best || hit < best)) {
			best = hit;
			len = strlen(tags[autotag][k]);
		}
	}
	return best ? best + len : NULL;
}

/* The expectations of one line of a Go test. */
static int
wanted_go_line(struct arena *a, const char *line, int lineno,
	       const char *shortname, struct wantlist *w, char *err,
	       size_t errlen)
{
	const char *rest, *q, *close;
	int autotag = 1, n = 0;
	struct want x;
	char msg[256];

	if (!(rest = go_annotation(line, 1))) {
		autotag = 0;
		if (!(rest = go_annotation(line, 0)))
			return 0;
	}
	for (q = rest; (q = strchr(q, '"')) && (close = strchr(q + 1, '"'));
	     q = close + 1, n++) {
		subst_line(a, arena_strndup(a, q + 1, (size_t)(close - q - 1)),
			   shortname, lineno, 0, &x.pattern, msg, sizeof(msg));
		x.re = regex_compile_re2(x.pattern, msg, sizeof(msg));
		if (!x.re) {
			snprintf(err, errlen, "invalid regexp %s in ERROR "
				 "line: %s", errcheck_quote(a, x.pattern), msg);
			return -1;
		}
		x.where = arena_printf(a, "%s:%d", shortname, lineno);
		x.prefix = autotag ? "<autogenerated>" : x.where;
		x.line = lineno;
		wants_push(w, &x);
	}
	if (n == 0) {
		snprintf(err, errlen, "invalid errchk line: %s", line);
		return -1;
	}
	return 0;
}

/* Walk the lines of TEXT, collecting expectations the C way or, with GO,
 * run.go's way. */
static int
wanted_lines(struct arena *a, const char *text, const char *shortname,
	     const char *const *tags, int go, struct wantlist *w,
	     int *errline, char *err, size_t errlen)
{
	const char *p = text, *eol, *ann;
	char *line;
	int lineno = 1, rc = 0;

	for (; *p; lineno++) {
		eol = strchr(p, '\n');
		line = arena_strndup(a, p, eol ? (size_t)(eol - p) : strlen(p));
		if (strstr(line, "////"))
			rc = 0;
		else if (go)
			rc = wanted_go_line(a, line, lineno, shortname, w, err,
					    errlen);
		else if ((ann = find_annotation(line)))
			rc = wanted_line(a, ann, lineno, shortname, tags, w,
					 err, errlen);
		if (rc < 0) {
			*errline = lineno;
			return -1;
		}
		if (!eol)
			break;
		p = eol + 1;
	}
	return 0;
}

int
errcheck_wanted(struct arena *a, const char *text, const char *shortname,
		const char *const *tags, struct wantlist *w, int *errline,
		char *err, size_t errlen)
{
	w->v = NULL;
	w->n = 0;
	if (wanted_lines(a, text, shortname, tags, 0, w, errline, err,
			 errlen) == 0)
		return 0;
	errcheck_free(w);	/* the patterns before the bad one */
	return -1;
}

int
errcheck_wanted_go(struct arena *a, const char *text, const char *shortname,
		   struct wantlist *w, int *errline, char *err, size_t errlen)
{
	return wanted_lines(a, text, shortname, NULL, 1, w, errline, err,
			    errlen);
}

/* Is the line blank after trimming white space? */
static int
blank(const char *s, size_t n)
{
	size_t i;

	for (i = 0; i < n; i++)
		if (!isspace((unsigned char)s[i]))
			return 0;
	return 1;
}

char **
errcheck_split_go(struct arena *a, const char *output, int want_auto,
		  char *const *full, char *const *shortname, size_t npairs,
		  size_t *n)
{
	struct strlist l = { 0 };
	const char *p = output, *eol;
	size_t len, i, k;

	while (*p) {
		eol = strchr(p, '\n');
		len = eol ? (size_t)(eol - p) : strlen(p);
		if (len && p[len - 1] == '\r')
			len--;
		if (p[0] == '\t') {
			if (l.n > 0)
				l.v[l.n - 1] = arena_printf(a, "%s\n%.*s",
					l.v[l.n - 1], (int)len, p);
		} else if (strncmp(p, "go tool", 7) != 0 && p[0] != '#' &&
			   (want_auto || strncmp(p, "<autogenerated>", 15)) &&
			   !blank(p, len)) {
			arena_push(a, &l, arena_strndup(a, p, len));
		}
		if (!eol)
			break;
		p = eol + 1;
	}
	for (i = 0; i < l.n; i++)
		for (k = 0; k < npairs; k++)
			l.v[i] = arena_replace(a, l.v[i], full[k],
					       shortname[k]);
	*n = l.n;
	return l.v;
}

/* run.go's matchPrefix: S is "dir/file:line[:…]" for prefix P. */
static int
match_prefix(const char *s, const char *p)
{
	const char *colon = strchr(s, ':'), *q;
	size_t n = strlen(p);

	if (!colon)
		return 0;
	for (q = colon; q > s; q--)
		if (q[-1] == '/') {
			s = q;
			break;
		}
	return strncmp(s, p, n) == 0 && (s[n] == ':' || s[n] == '[');
}

/* The message text after "file:line: ". */
static const char *
msg_text(const char *m)
{
	const char *sp = strchr(m, ' ');

	return sp ? sp + 1 : m;
}

/* Match one expectation, moving consumed messages out of OUT. Return the
 * error text or NULL. */
static char *
match_one(struct arena *a, const struct want *x, char **out, size_t *nout)
{
	size_t i, kept = 0, nerr = 0, nback = 0;
	char **errs = arena_alloc(a, (*nout + 1) * sizeof(char *));
	char **back = arena_alloc(a, (*nout + 1) * sizeof(char *));
	const char *t;
	struct strbuf sb;
	char *res;
	int matched = 0, rc;

	for (i = 0; i < *nout; i++) {
		if (match_prefix(out[i], x->prefix))
			errs[nerr++] = out[i];
		else
			out[kept++] = out[i];
	}
	*nout = kept;
	if (nerr == 0)
		return arena_printf(a, "%s: missing error %s", x->where,
				    errcheck_quote(a, x->pattern));
	for (i = 0; i < nerr; i++) {
		t = msg_text(errs[i]);
		rc = regex_match(x->re, t, strlen(t));
		if (rc < 0)
			return arena_printf(a, "%s: pattern %s hit the PCRE2 "
					    "match limit", x->where,
					    errcheck_quote(a, x->pattern));
		if (rc)
			matched = 1;
		else
			out[(*nout)++] = back[nback++] = errs[i];
	}
	if (matched)
		return NULL;
	strbuf_init(&sb, 0);
	strbuf_addf(&sb, "%s: no match for %s in:", x->where,
		    errcheck_backquote(a, x->pattern));
	for (i = 0; i < nback; i++)
		strbuf_addf(&sb, "\n\t%s", back[i]);
	res = arena_strdup(a, sb.buf);
	strbuf_release(&sb);
	return res;
}

char *
errcheck_match(struct arena *a, const struct wantlist *w, char **msgs,
	       size_t nmsgs)
{
	char **out = arena_alloc(a, (nmsgs + 1) * sizeof(char *));
	char **errs = arena_alloc(a, (w->n + nmsgs + 2) * sizeof(char *));
	size_t nout = nmsgs, nerr = 0, i;
	struct strbuf sb;
	char *e, *res;

	memcpy(out, msgs, nmsgs * sizeof(char *));
	for (i = 0; i < w->n; i++)
		if ((e = match_one(a, &w->v[i], out, &nout)))
			errs[nerr++] = e;
	if (nout > 0) {
		errs[nerr++] = "Unmatched Errors:";
		for (i = 0; i < nout; i++)
			errs[nerr++] = out[i];
	}
	if (nerr == 0)
		return NULL;
	if (nerr == 1)
		return errs[0];
	strbuf_init(&sb, 0);
	for (i = 0; i < nerr; i++)
		strbuf_addf(&sb, "\n%s", errs[i]);
	strbuf_addstr(&sb, "\n");
	res = arena_strdup(a, sb.buf);
	strbuf_release(&sb);
	return res;
}

void
errcheck_free(struct wantlist *w)
{
	size_t i;

	for (i = 0; i < w->n; i++)
		regex_free(w->v[i].re);
	free(w->v);
	w->v = NULL;
	w->n = 0;
}

char *
errcheck_quote(struct arena *a, const char *s)
{
	struct strbuf sb;
	char *res;
	unsigned char c;

	strbuf_init(&sb, 0);
	strbuf_addstr(&sb, "\"");
	for (; (c = (unsigned char)*s); s++) {
		if (c == '"' || c == '\\')
			strbuf_addf(&sb, "\\%c", c);
		else if (c == '\n')
			strbuf_addstr(&sb, "\\n");
		else if (c == '\t')
			strbuf_addstr(&sb, "\\t");
		else if (c == '\r')
			strbuf_addstr(&sb, "\\r");
		else if (c < 0x20 || c == 0x7f)
			strbuf_addf(&sb, "\\x%02x", c);
		else
			strbuf_add(&sb, s, 1);
	}
	strbuf_addstr(&sb, "\"");
	res = arena_strdup(a, sb.buf);
	strbuf_release(&sb);
	return res;
}

char *
errcheck_backquote(struct arena *a, const char *s)
{
	const unsigned char *p;

	for (p = (const unsigned char *)s; *p; p++)
		if (*p == '`' || *p == 0x7f || (*p < 0x20 && *p != '\t'))
			return errcheck_quote(a, s);
	return arena_printf(a, "`%s`", s);
}
