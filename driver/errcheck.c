/* What every dialect's errorcheck shares: LINE substitution, the line
 * walk, and run.go's errorCheck matching of diagnostics against ERROR
 * patterns, whose findings come as data (errcheck_run) or in run.go's
 * words (errcheck_match). How a dialect writes its annotations, splits
 * its compiler's output and words its own report lives in its folder
 * (cerror.c, goerror.c). */
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

char *
errcheck_next_line(struct arena *a, struct srclines *l)
{
	const char *eol;
	char *line;

	while (l->p && *l->p) {
		eol = strchr(l->p, '\n');
		line = arena_strndup(a, l->p, eol ? (size_t)(eol - l->p) :
				     strlen(l->p));
		l->lineno++;
		l->p = eol ? eol + 1 : NULL;
		if (!strstr(line, "////"))
			return line;
	}
	return NULL;
}

void
errcheck_push(struct arena *a, struct wantlist *w, const struct want *x)
{
	w->v = arena_grow(a, w->v, w->n, &w->cap, sizeof(*w->v));
	w->v[w->n++] = *x;
}

int
errcheck_subst_line(struct arena *a, const char *pat, const char *shortname,
		    int lineno, enum line_rule rule, const char **out,
		    char *err, size_t errlen)
{
	int strict = rule == LINE_CHECKED;
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

const char *
errcheck_text(const char *m)
{
	const char *sp = strchr(m, ' ');

	return sp ? sp + 1 : m;
}

/* Match one expectation, moving consumed messages out of OUT. Return 0,
 * or 1 with *M saying why it failed. */
static int
match_one(struct arena *a, const struct want *x, char **out, size_t *nout,
	  struct errcheck_miss *m)
{
	size_t i, kept = 0, nerr = 0, nback = 0;
	char **errs = arena_alloc(a, (*nout + 1) * sizeof(char *));
	char **back = arena_alloc(a, (*nout + 1) * sizeof(char *));
	const char *t;
	int matched = 0, rc;

	for (i = 0; i < *nout; i++) {
		if (match_prefix(out[i], x->prefix))
			errs[nerr++] = out[i];
		else
			out[kept++] = out[i];
	}
	*nout = kept;
	m->want = x;
	m->seen = back;
	m->nseen = 0;
	m->why = ECK_MISSING;
	if (nerr == 0)
		return 1;
	for (i = 0; i < nerr; i++) {
		t = errcheck_text(errs[i]);
		rc = regex_match(x->re, t, strlen(t));
		if (rc < 0) {
			m->why = ECK_LIMIT;
			return 1;
		}
		if (rc)
			matched = 1;
		else
			out[(*nout)++] = back[nback++] = errs[i];
	}
	m->why = ECK_NOMATCH;
	m->nseen = nback;
	return !matched;
}

size_t
errcheck_run(struct arena *a, const struct wantlist *w, char **msgs,
	     size_t nmsgs, struct errcheck_result *res)
{
	char **out = arena_alloc(a, (nmsgs + 1) * sizeof(char *));
	size_t i;

	if (nmsgs)	/* no diagnostics may come as msgs NULL */
		memcpy(out, msgs, nmsgs * sizeof(char *));
	res->miss = arena_alloc(a, (w->n + 1) * sizeof(*res->miss));
	res->nmiss = 0;
	res->nunmatched = nmsgs;
	for (i = 0; i < w->n; i++)
		if (match_one(a, &w->v[i], out, &res->nunmatched,
			      &res->miss[res->nmiss]))
			res->nmiss++;
	res->unmatched = out;
	return res->nmiss + res->nunmatched;
}

char *
errcheck_miss_text(struct arena *a, const struct errcheck_miss *m)
{
	const struct want *x = m->want;
	struct strbuf sb;
	char *res;
	size_t i;

	if (m->why == ECK_MISSING)
		return arena_printf(a, "%s: missing error %s", x->where,
				    errcheck_quote(a, x->pattern));
	if (m->why == ECK_LIMIT)
		return arena_printf(a, "%s: pattern %s hit the PCRE2 match "
				    "limit", x->where,
				    errcheck_quote(a, x->pattern));
	strbuf_init(&sb, 0);
	strbuf_addf(&sb, "%s: no match for %s in:", x->where,
		    errcheck_backquote(a, x->pattern));
	for (i = 0; i < m->nseen; i++)
		strbuf_addf(&sb, "\n\t%s", m->seen[i]);
	res = arena_strdup(a, sb.buf);
	strbuf_release(&sb);
	return res;
}

char *
errcheck_match(struct arena *a, const struct wantlist *w, char **msgs,
	       size_t nmsgs)
{
	struct errcheck_result r;
	struct strbuf sb;
	size_t i;
	char *res;

	if (errcheck_run(a, w, msgs, nmsgs, &r) == 0)
		return NULL;
	if (r.nmiss == 1 && r.nunmatched == 0)
		return errcheck_miss_text(a, &r.miss[0]);
	strbuf_init(&sb, 0);
	for (i = 0; i < r.nmiss; i++)
		strbuf_addf(&sb, "\n%s", errcheck_miss_text(a, &r.miss[i]));
	if (r.nunmatched > 0)
		strbuf_addstr(&sb, "\nUnmatched Errors:");
	for (i = 0; i < r.nunmatched; i++)
		strbuf_addf(&sb, "\n%s", r.unmatched[i]);
	strbuf_addstr(&sb, "\n");
	res = arena_strdup(a, sb.buf);
	strbuf_release(&sb);
	return res;
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
