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

/* GOT with every CRLF turned into LF (arena). */
static char *
normalise(struct arena *a, const char *got, size_t len)
{
	char *s = arena_alloc(a, len + 1);
	size_t i, n = 0;

	for (i = 0; i < len; i++)
		if (!(got[i] == '\r' && i + 1 < len && got[i + 1] == '\n'))
			s[n++] = got[i];
	s[n] = '\0';
	return s;
}

static char *
bless(struct arena *a, const char *outpath, const char *got)
{
	FILE *f = fopen(outpath, "w");

	if (!f || fputs(got, f) == EOF || fclose(f) == EOF)
		return arena_printf(a, "-bless: cannot write %s: %s", outpath,
				    strerror(errno));
	return NULL;
}

char *
golden_check(struct arena *a, const char *outpath, const char *got,
	     size_t len, int do_bless, int if_present)
{
	char *want, *norm, *res;
	struct strbuf sb;
	int present;

	want = slurp_file(outpath, NULL);
	present = want != NULL;
	if (!present && if_present && !do_bless)
		return NULL;
	norm = normalise(a, got, len);
	if (strcmp(present ? want : "", norm) == 0) {
		free(want);
		return NULL;
	}
	if (do_bless) {
		free(want);
		return bless(a, outpath, norm);
	}
	strbuf_init(&sb, 0);
	if (present)
		strbuf_addf(&sb, "output does not match expected in %s\n",
			    outpath);
	else
		strbuf_addf(&sb, "output should be empty when (optional) "
			    "expected-output file %s is not present\n",
			    outpath);
	diff_unified(&sb, present ? want : "", outpath, norm, "output",
		     DIFF_MAX_LINES);
	res = arena_strdup(a, sb.buf);
	strbuf_release(&sb);
	free(want);
	return res;
}
