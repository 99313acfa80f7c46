/* Compiler releases: "16.0.6" compared part by part, and the bug: and
 * fixed: lines of a test, which name compilers and their releases,
 * matched against a profile and the release its compiler reported. */
#define _POSIX_C_SOURCE 200809L
#include "release.h"
#include "profile.h"

#include <ctype.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

enum { MAXWORDS = 4 };

/* One entry of a list: up to MAXWORDS words, pointers into the spec. */
struct entry {
	const char *w[MAXWORDS];
	size_t len[MAXWORDS];
	int n;
};

int
release_cmp(const char *a, const char *b, int prefix)
{
	unsigned long x, y;
	char *end;

	for (;;) {
		if (!*b)
			return prefix || !*a ? 0 : 1;
		if (!*a)
			return -1;
		x = strtoul(a, &end, 10);
		a = *end == '.' ? end + 1 : end;
		y = strtoul(b, &end, 10);
		b = *end == '.' ? end + 1 : end;
		if (x != y)
			return x < y ? -1 : 1;
	}
}

/* Is W (LEN bytes) a release: digits and single dots? */
static int
is_release(const char *w, size_t len)
{
	size_t i;

	if (!len || !isdigit((unsigned char)w[0]) ||
	    !isdigit((unsigned char)w[len - 1]))
		return 0;
	for (i = 0; i < len; i++)
		if (!isdigit((unsigned char)w[i]) &&
		    (w[i] != '.' || w[i + 1] == '.'))
			return 0;
	return 1;
}

/* Is W (LEN bytes) P's name or one of its tags? */
static int
names(const char *w, size_t len, const struct profile *p)
{
	size_t i;

	if (strlen(p->name) == len && strncmp(p->name, w, len) == 0)
		return 1;
	for (i = 0; i < p->ntags; i++)
		if (strlen(p->tags[i]) == len && strncmp(p->tags[i], w, len) == 0)
			return 1;
	return 0;
}

/* Cut the next comma-separated entry of *S into words; advance *S.
 * Return 0 at the end, 1 for an entry, -1 with ERR when it is empty or
 * too long. */
static int
entry_next(const char **s, struct entry *e, char *err, size_t errlen)
{
	const char *p = *s, *end;

	while (*p == ' ' || *p == '\t')
		p++;
	if (!*p)
		return 0;
	end = p + strcspn(p, ",");
	e->n = 0;
	while (p < end) {
		if (*p == ' ' || *p == '\t') {
			p++;
			continue;
		}
		if (e->n == MAXWORDS) {
			snprintf(err, errlen, "too many words in \"%.*s\"",
				 (int)(end - *s), *s);
			return -1;
		}
		e->w[e->n] = p;
		while (p < end && *p != ' ' && *p != '\t')
			p++;
		e->len[e->n] = (size_t)(p - e->w[e->n]);
		e->n++;
	}
	if (e->n == 0) {
		snprintf(err, errlen, "empty entry in the list");
		return -1;
	}
	*s = *end ? end + 1 : end;
	return 1;
}

/* Copy W (LEN bytes) as a string into BUF (SIZE bytes). */
static const char *
word(char *buf, size_t size, const char *w, size_t len)
{
	snprintf(buf, size, "%.*s", (int)len, w);
	return buf;
}

/* Is RELEASE within the range word W ("13", "13-22", "11-")? -1 with ERR
 * when W is not a range. */
static int
in_range(const char *release, const char *w, size_t len, char *err,
	 size_t errlen)
{
	const char *dash = memchr(w, '-', len);
	size_t lolen = dash ? (size_t)(dash - w) : len;
	size_t hilen = dash ? len - lolen - 1 : len;
	const char *hi = dash ? dash + 1 : w;
	char lo_s[32], hi_s[32];

	if (!is_release(w, lolen) || (hilen && !is_release(hi, hilen)) ||
	    lolen >= sizeof(lo_s) || hilen >= sizeof(hi_s)) {
		snprintf(err, errlen, "bad release range \"%.*s\" (want R, "
			 "LOW-HIGH or LOW-, e.g. 13-22)", (int)len, w);
		return -1;
	}
	if (!release)
		return 1;	/* unknown: a bug: line is taken at its word */
	word(lo_s, sizeof(lo_s), w, lolen);
	word(hi_s, sizeof(hi_s), hi, hilen);
	return release_cmp(release, lo_s, 0) >= 0 &&
	       (!hilen || release_cmp(release, hi_s, 1) <= 0);
}

int
release_bug_names(const char *spec, const struct profile *p,
		  const char *release, char *err, size_t errlen)
{
	struct entry e;
	int r, hit = 0, in;

	while ((r = entry_next(&spec, &e, err, errlen)) > 0) {
		if (e.n > 2) {
			snprintf(err, errlen, "want NAME or NAME RELEASES, "
				 "got \"%.*s\"", (int)(e.w[e.n - 1] +
				 e.len[e.n - 1] - e.w[0]), e.w[0]);
			return -1;
		}
		in = e.n == 2 ? in_range(release, e.w[1], e.len[1], err,
					 errlen) : 1;
		if (in < 0)
			return -1;
		hit |= in && names(e.w[0], e.len[0], p);
	}
	return r < 0 ? -1 : hit;
}

/* Check a fixed: entry's shape: NAME RELEASE [since RELEASE]. */
static int
fixed_entry_ok(const struct entry *e, char *err, size_t errlen)
{
	if ((e->n == 2 || e->n == 4) && is_release(e->w[1], e->len[1]) &&
	    e->len[1] < 32 && (e->n == 2 ||
	    (e->len[2] == 5 && strncmp(e->w[2], "since", 5) == 0 &&
	     is_release(e->w[3], e->len[3]) && e->len[3] < 32)))
		return 0;
	snprintf(err, errlen, "want NAME RELEASE [since RELEASE] (e.g. "
		 "\"clang 16\"), got \"%.*s\"", (int)(e->w[e->n - 1] +
		 e->len[e->n - 1] - e->w[0]), e->w[0]);
	return -1;
}

int
release_fixed_side(const char *spec, const struct profile *p,
		   const char *release, char *fix, size_t fixlen, char *err,
		   size_t errlen)
{
	struct entry e;
	char fixed[32], since[32];
	int r, side = FIX_NONE;

	while ((r = entry_next(&spec, &e, err, errlen)) > 0) {
		if (fixed_entry_ok(&e, err, errlen) < 0)
			return -1;
		if (side != FIX_NONE || !release || !names(e.w[0], e.len[0], p))
			continue;
		word(fixed, sizeof(fixed), e.w[1], e.len[1]);
		snprintf(fix, fixlen, "%.*s %s", (int)e.len[0], e.w[0], fixed);
		if (release_cmp(release, fixed, 0) >= 0)
			side = FIX_AFTER;
		else if (e.n == 4 && release_cmp(release, word(since,
			 sizeof(since), e.w[3], e.len[3]), 0) < 0)
			continue;	/* before the bug came: no side */
		else
			side = FIX_BEFORE;
	}
	return r < 0 ? -1 : side;
}
