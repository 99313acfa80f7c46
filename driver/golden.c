/* Golden output: NAME.out found, compared with what a program printed
 * (CRLF-blind, NUL bytes shown), and written by -bless. It is the only
 * writer of .out files. */
#define _POSIX_C_SOURCE 200809L
#include "golden.h"
#include "arena.h"
#include "diff.h"
#include "strbuf.h"
#include "util.h"

#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

enum { DIFF_MAX_LINES = 200 };

char *
golden_path(struct arena *a, const char *path)
{
	const char *dot = strrchr(path, '.'), *slash = strrchr(path, '/');

	if (!dot || (slash && dot < slash))
		return arena_printf(a, "%s.out", path);
	return arena_printf(a, "%.*s.out", (int)(dot - path), path);
}

/* S[0..len) with every CRLF turned into LF, NUL-terminated, its length in
 * *outlen (arena). Both sides are normalised: a golden file saved with
 * CRLF line ends means the same as one saved with LF. */
static char *
normalise(struct arena *a, const char *s, size_t len, size_t *outlen)
{
	char *d = arena_alloc(a, len + 1);
	size_t i, n = 0;

	for (i = 0; i < len; i++)
		if (!(s[i] == '\r' && i + 1 < len && s[i + 1] == '\n'))
			d[n++] = s[i];
	d[n] = '\0';
	*outlen = n;
	return d;
}

/* S[0..len) with each run of blanks squeezed to one space and the blanks
 * at a line's end dropped (arena A): what "diff -b" compares. */
static char *
squeeze(struct arena *a, const char *s, size_t len, size_t *outlen)
{
	char *d = arena_alloc(a, len + 1);
	size_t i, n = 0;

	for (i = 0; i < len; i++) {
		if (s[i] != ' ' && s[i] != '\t') {
			d[n++] = s[i];
			continue;
		}
		while (i + 1 < len && (s[i + 1] == ' ' || s[i + 1] == '\t'))
			i++;
		if (i + 1 < len && s[i + 1] != '\n')
			d[n++] = ' ';
	}
	d[n] = '\0';
	*outlen = n;
	return d;
}

const char *
golden_visible(struct arena *a, const char *s, size_t len)
{
	struct strbuf sb;
	const char *res;
	size_t i;

	if (strlen(s) == len)
		return s;
	strbuf_init(&sb, 0);
	for (i = 0; i < len; i++)
		if (s[i])
			strbuf_add(&sb, s + i, 1);
		else
			strbuf_addstr(&sb, "^@");
	res = arena_strdup(a, sb.buf);
	strbuf_release(&sb);
	return res;
}

/* S[0..len), NUL bytes shown as "^@", for the diff; note them in *HAD_NUL. */
static const char *
visible(struct arena *a, const char *s, size_t len, int *had_nul)
{
	if (strlen(s) != len)
		*had_nul = 1;
	return golden_visible(a, s, len);
}

static char *
bless(struct arena *a, const char *outpath, const char *got, size_t len)
{
	FILE *f = fopen(outpath, "w");

	if (!f || fwrite(got, 1, len, f) != len || fclose(f) == EOF)
		return arena_printf(a, "-bless: cannot write %s: %s", outpath,
				    strerror(errno));
	return NULL;
}

char *
golden_check(struct arena *a, const char *outpath, const char *got,
	     size_t len, int do_bless, int if_present, int ignore_space)
{
	char *want, *norm, *wnorm, *res;
	size_t wlen = 0, nlen;
	struct strbuf sb;
	int present, nul = 0;

	want = slurp_file(outpath, &wlen);
	present = want != NULL;
	if (!present && errno != ENOENT && !do_bless)
		return arena_printf(a, "cannot read expected output %s: %s",
				    outpath, errno == EINVAL ?
				    "not a regular file" : strerror(errno));
	if (!present && if_present && !do_bless)
		return NULL;
	norm = normalise(a, got, len, &nlen);
	wnorm = normalise(a, present ? want : "", wlen, &wlen);
	free(want);
	if (nlen == wlen && memcmp(wnorm, norm, nlen) == 0)
		return NULL;
	if (ignore_space && !do_bless) {
		char *x, *y;
		size_t xl, yl;

		x = squeeze(a, norm, nlen, &xl);
		y = squeeze(a, wnorm, wlen, &yl);
		if (xl == yl && memcmp(x, y, xl) == 0)
			return NULL;
	}
	if (do_bless)
		return bless(a, outpath, norm, nlen);
	strbuf_init(&sb, 0);
	if (present)
		strbuf_addf(&sb, "output does not match expected in %s\n",
			    outpath);
	else
		strbuf_addf(&sb, "output should be empty when (optional) "
			    "expected-output file %s is not present\n",
			    outpath);
	diff_unified(&sb, visible(a, wnorm, wlen, &nul), outpath,
		     visible(a, norm, nlen, &nul), "output", DIFF_MAX_LINES);
	if (nul)
		strbuf_addstr(&sb, "(NUL bytes are shown as ^@)\n");
	res = arena_strdup(a, sb.buf);
	strbuf_release(&sb);
	return res;
}
