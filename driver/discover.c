/* Finding tests: a walk over the folders of the command line, sorted,
 * with the file endings the profile names and run.go's FNV-1 sharding.
 * A dialect with its own rules (run.go's) keeps them in its folder. */
#define _POSIX_C_SOURCE 200809L
#include "discover.h"
#include "util.h"

#include <dirent.h>
#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>

/* Folders already walked, by device and inode, so symlink loops end. */
struct seen {
	dev_t *dev;
	ino_t *ino;
	size_t n;
};

struct walk {
	const char *const *exts;
	long shard, shards;
	struct seen seen;
	struct testlist *out;
	char *err;
	size_t errlen;
};

uint32_t
discover_fnv1(const char *s)
{
	uint32_t h = 2166136261u;

	for (; *s; s++) {
		h *= 16777619u;
		h ^= (unsigned char)*s;
	}
	return h;
}

void
testlist_push(struct testlist *t, char *path)
{
	t->paths = xrealloc(t->paths, (t->n + 1) * sizeof(*t->paths));
	t->paths[t->n++] = path;
}

static int
seen_before(struct seen *s, const struct stat *st)
{
	size_t i;

	for (i = 0; i < s->n; i++)
		if (s->dev[i] == st->st_dev && s->ino[i] == st->st_ino)
			return 1;
	s->dev = xrealloc(s->dev, (s->n + 1) * sizeof(*s->dev));
	s->ino = xrealloc(s->ino, (s->n + 1) * sizeof(*s->ino));
	s->dev[s->n] = st->st_dev;
	s->ino[s->n++] = st->st_ino;
	return 0;
}

void
testlist_shard(struct testlist *t, const char *name, char *path, long shard,
	       long shards)
{
	if (shards <= 0 ||
	    discover_fnv1(name) % (uint32_t)shards == (uint32_t)shard) {
		testlist_push(t, path);
		return;
	}
	t->others = xrealloc(t->others, (t->nothers + 1) * sizeof(char *));
	t->others[t->nothers++] = path;
}

static int
wanted_name(const struct walk *w, const char *name)
{
	const char *const *e;

	for (e = w->exts; *e; e++)
		if (has_suffix(name, *e))
			return 1;
	return 0;
}

static int
walk_dir(struct walk *w, const char *dir)
{
	DIR *d = opendir(dir);
	struct dirent *de;
	struct stat st;
	char *path;
	int rc = 0;

	if (!d) {
		snprintf(w->err, w->errlen, "%s: %s", dir, strerror(errno));
		return -1;
	}
	while (rc == 0 && (de = readdir(d))) {
		if (de->d_name[0] == '.')
			continue;
		path = has_suffix(dir, "/") ?
		       xasprintf("%s%s", dir, de->d_name) :
		       xasprintf("%s/%s", dir, de->d_name);
		if (stat(path, &st) < 0) {
			/* a broken link named like a test (dangling, or a
			 * loop) is listed, so that loading it fails loudly;
			 * any other broken link is not a test */
			if (wanted_name(w, de->d_name))
				testlist_shard(w->out, de->d_name, path,
					       w->shard, w->shards);
			else
				free(path);
			continue;
		}
		if (S_ISDIR(st.st_mode)) {
			if (!has_suffix(de->d_name, ".dir") &&
			    !seen_before(&w->seen, &st))
				rc = walk_dir(w, path);
			free(path);
		} else if (S_ISREG(st.st_mode) && wanted_name(w, de->d_name)) {
			testlist_shard(w->out, de->d_name, path, w->shard,
				       w->shards);
		} else {
			free(path);
		}
	}
	closedir(d);
	return rc;
}

int
discover(const char *const *paths, size_t npaths, const char *const *exts,
	 long shard, long shards, struct testlist *out, char *err,
	 size_t errlen)
{
	struct walk w = { exts, shard, shards, { NULL, NULL, 0 }, out, err,
			  errlen };
	struct stat st;
	size_t i, first;
	int rc = 0;

	memset(out, 0, sizeof(*out));
	for (i = 0; rc == 0 && i < npaths; i++) {
		if (stat(paths[i], &st) < 0) {
			snprintf(err, errlen, "%s: %s", paths[i],
				 strerror(errno));
			rc = -1;
		} else if (S_ISDIR(st.st_mode)) {
			first = out->n;
			seen_before(&w.seen, &st);
			rc = walk_dir(&w, paths[i]);
			qsort(out->paths + first, out->n - first,
			      sizeof(*out->paths), cmp_strp);
		} else if (S_ISREG(st.st_mode)) {
			testlist_push(out, xstrdup(paths[i]));
		} else {
			/* reading a FIFO could block, a device never end */
			snprintf(err, errlen, "%s: not a regular file or a "
				 "folder", paths[i]);
			rc = -1;
		}
	}
	free(w.seen.dev);
	free(w.seen.ino);
	return rc;
}

void
testlist_free(struct testlist *t)
{
	size_t i;

	for (i = 0; i < t->n; i++)
		free(t->paths[i]);
	for (i = 0; i < t->nothers; i++)
		free(t->others[i]);
	free(t->paths);
	free(t->others);
	memset(t, 0, sizeof(*t));
}
