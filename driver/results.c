/* The results store: one line per test and profile, "PROFILE\tSTATUS\t
 * SECONDS\tPATH", sorted, in the file "results" of its folder.
 * Lookups are binary searches over what was loaded; new verdicts are
 * appended and win over the old ones when the store is saved. */
#define _GNU_SOURCE
#include "results.h"
#include "strbuf.h"
#include "util.h"

#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

struct entry {
	char *profile, *path;
	enum status st;
	double secs;
	size_t seq;		/* later entries win over earlier ones */
};

struct results {
	char *dir, *file;
	struct entry *v;
	size_t n, cap, nsorted;
	int dirty;		/* something was put since the load */
};

static const char *const words[ST_NSTATUS] = {
	[ST_OK] = "ok", [ST_FAIL] = "FAIL", [ST_SKIP] = "skip",
	[ST_BUG] = "BUG", [ST_FIXED] = "FIXED",
};

static int
cmp_key(const char *pa, const char *fa, const char *pb, const char *fb)
{
	int c = strcmp(pa, pb);

	return c ? c : strcmp(fa, fb);
}

static int
cmp_entry(const void *a, const void *b)
{
	const struct entry *x = a, *y = b;
	int c = cmp_key(x->profile, x->path, y->profile, y->path);

	return c ? c : x->seq < y->seq ? -1 : x->seq > y->seq;
}

static void
push(struct results *r, char *profile, char *path, enum status st,
     double secs)
{
	if (r->n == r->cap) {
		r->cap = r->cap ? 2 * r->cap : 256;
		r->v = xrealloc(r->v, r->cap * sizeof(*r->v));
	}
	r->v[r->n].profile = profile;
	r->v[r->n].path = path;
	r->v[r->n].st = st;
	r->v[r->n].secs = secs;
	r->v[r->n].seq = r->n;
	r->n++;
}

/* Parse one line of the file into the store; damaged lines are dropped. */
static void
load_line(struct results *r, char *line)
{
	char *f[4], *end;
	int i, st;
	double secs;

	for (i = 0; i < 3; i++) {
		f[i] = line;
		if (!(line = strchr(line, '\t')))
			return;
		*line++ = '\0';
	}
	f[3] = line;
	for (st = ST_OK; st < ST_NSTATUS && strcmp(words[st], f[1]); st++)
		;
	secs = strtod(f[2], &end);
	if (st == ST_NSTATUS || *end || !(secs >= 0) || !*f[0] || !*f[3])
		return;
	push(r, xstrdup(f[0]), xstrdup(f[3]), (enum status)st, secs);
}

struct results *
results_load(const char *dir)
{
	struct results *r = xcalloc(1, sizeof(*r));
	char *text, *line, *nl;

	r->dir = xstrdup(dir);
	r->file = xasprintf("%s/results", r->dir);
	text = slurp_file(r->file, NULL);
	for (line = text; line && *line; line = nl + 1) {
		if (!(nl = strchr(line, '\n')))
			break;	/* a torn last line */
		*nl = '\0';
		load_line(r, line);
	}
	free(text);
	if (r->n)
		qsort(r->v, r->n, sizeof(*r->v), cmp_entry);
	r->nsorted = r->n;
	return r;
}

/* PATH without "./" in front. */
static const char *
key_of(const char *path)
{
	while (path[0] == '.' && path[1] == '/')
		for (path += 2; *path == '/'; path++)
			;
	return path;
}

/* The last loaded entry of (PROFILE, PATH), or NULL. */
static const struct entry *
find(const struct results *r, const char *profile, const char *path)
{
	size_t lo = 0, hi = r->nsorted, mid;
	const struct entry *hit = NULL;
	int c;

	path = key_of(path);
	while (lo < hi) {
		mid = lo + (hi - lo) / 2;
		c = cmp_key(r->v[mid].profile, r->v[mid].path, profile, path);
		if (c <= 0)
			lo = mid + 1;
		if (c == 0)
			hit = &r->v[mid];
		if (c > 0)
			hi = mid;
	}
	return hit;
}

int
results_get(const struct results *r, const char *profile, const char *path,
	    enum status *st, double *secs)
{
	const struct entry *e = find(r, profile, path);

	if (!e)
		return 0;
	*st = e->st;
	*secs = e->secs;
	return 1;
}

int
results_failed(const struct results *r, const char *const *profiles,
	       size_t n, const char *path)
{
	const struct entry *e;
	size_t i;

	for (i = 0; i < n; i++)
		if ((e = find(r, profiles[i], path)) &&
		    (e->st == ST_FAIL || e->st == ST_FIXED))
			return 1;
	return 0;
}

char **
results_failed_paths(const struct results *r, size_t *n)
{
	char **v = NULL;
	size_t i, k;

	*n = 0;
	for (i = 0; i < r->nsorted; i++)
		if ((r->v[i].st == ST_FAIL || r->v[i].st == ST_FIXED) &&
		    (i + 1 == r->nsorted || cmp_key(r->v[i].profile,
			r->v[i].path, r->v[i + 1].profile, r->v[i + 1].path)) &&
		    access(r->v[i].path, F_OK) == 0)
			strv_push(&v, n, xstrdup(r->v[i].path));
	if (*n < 2)
		return v;
	qsort(v, *n, sizeof(char *), cmp_strp);
	for (i = k = 1; i < *n; i++)	/* once, if failed under several */
		if (strcmp(v[k - 1], v[i]) == 0)
			free(v[i]);
		else
			v[k++] = v[i];
	v[k] = NULL;
	*n = k;
	return v;
}

/* What the start order sorts by: failures first, then the longest. */
struct rank {
	size_t test;
	int failed;
	double secs;
};

static int
cmp_rank(const void *a, const void *b)
{
	const struct rank *x = a, *y = b;

	if (x->failed != y->failed)
		return y->failed - x->failed;
	if (x->secs != y->secs)
		return x->secs < y->secs ? 1 : -1;
	return x->test < y->test ? -1 : x->test > y->test;
}

size_t *
results_order(const struct results *r, const char *profile,
	      char *const *paths, size_t n, size_t reps)
{
	struct rank *rk = xcalloc(n + 1, sizeof(*rk));
	const struct entry *e;
	size_t i, k, *order = NULL, known = 0;

	for (i = 0; i < n; i++) {
		rk[i].test = i;
		if (!(e = find(r, profile, paths[i])))
			continue;
		rk[i].failed = e->st == ST_FAIL || e->st == ST_FIXED;
		rk[i].secs = e->secs;
		known++;
	}
	if (known) {
		qsort(rk, n, sizeof(*rk), cmp_rank);
		order = xcalloc(n * reps + 1, sizeof(*order));
		for (i = 0; i < n; i++)
			for (k = 0; k < reps; k++)
				order[i * reps + k] = rk[i].test * reps + k;
	}
	free(rk);
	return order;
}

void
results_put(struct results *r, const char *profile, const char *path,
	    enum status st, double secs)
{
	if (st == ST_PENDING || strchr(path, '\n') || strchr(profile, '\t') ||
	    strchr(profile, '\n'))
		return;		/* not a line of the file */
	push(r, xstrdup(profile), xstrdup(key_of(path)), st, secs);
	r->dirty = 1;
}

const char *
results_file(const struct results *r)
{
	return r->file;
}

int
results_save(struct results *r)
{
	struct strbuf sb;
	size_t i;
	int rc;

	if (!r->dirty)
		return 0;	/* -bisect, -stress, -count: the folder stays */
	if (mkdir(r->dir, 0777) < 0 && errno != EEXIST)
		return -1;
	qsort(r->v, r->n, sizeof(*r->v), cmp_entry);
	r->nsorted = r->n;
	strbuf_init(&sb, 0);
	for (i = 0; i < r->n; i++)
		if (i + 1 == r->n || cmp_key(r->v[i].profile, r->v[i].path,
				r->v[i + 1].profile, r->v[i + 1].path))
			strbuf_addf(&sb, "%s\t%s\t%.3f\t%s\n", r->v[i].profile,
				    words[r->v[i].st], r->v[i].secs,
				    r->v[i].path);
	rc = write_whole(r->file, sb.buf, sb.len);
	strbuf_release(&sb);
	return rc;
}

void
results_free(struct results *r)
{
	size_t i;

	if (!r)
		return;
	for (i = 0; i < r->n; i++) {
		free(r->v[i].profile);
		free(r->v[i].path);
	}
	free(r->v);
	free(r->dir);
	free(r->file);
	free(r);
}
