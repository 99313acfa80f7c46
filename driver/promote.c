/* "rundriver promote": a fixed bug's test moved from bugs/ to
 * fixedbugs/ with its .out and .dir. It refuses to overwrite anything and
 * runs no test. */
#define _POSIX_C_SOURCE 200809L
#include "promote.h"
#include "util.h"

#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>

/* The files of a test that move together: the source, then the companions
 * a test may have, which may be missing. */
static const char *const companions[] = { ".out", ".dir" };

/* Where PATH goes: its last "bugs" folder replaced by "fixedbugs".
 * Return NULL when PATH is not in a bugs/ folder. Malloc'd. */
static char *
promoted_path(const char *path)
{
	const char *last = path_folder(path, "bugs");

	if (!last || strchr(last + 5, '/'))
		return NULL;	/* not in bugs/, or in a folder below it */
	return xasprintf("%.*sfixed%s", (int)(last - path), path, last);
}

/* PATH with its extension replaced by EXT. Malloc'd. */
static char *
with_ext(const char *path, const char *ext)
{
	const char *dot = strrchr(base_name(path), '.');
	int n = dot ? (int)(dot - path) : (int)strlen(path);

	return xasprintf("%.*s%s", n, path, ext);
}

static int
exists(const char *path)
{
	struct stat st;

	return lstat(path, &st) == 0;
}

/* Refuse to move SRC to DST when DST exists; else rename it. A missing
 * SRC is fine when OPTIONAL. Return 0, or -1 after a message. */
static int
move(const char *src, const char *dst, int optional)
{
	if (!exists(src)) {
		if (optional)
			return 0;
		warn("promote: %s: %s", src, strerror(errno));
		return -1;
	}
	if (rename(src, dst) < 0) {
		warn("promote: cannot move %s to %s: %s", src, dst,
		     strerror(errno));
		return -1;
	}
	fprintf(stderr, "rundriver: promote: %s -> %s\n", src, dst);
	return 0;
}

/* Check that nothing of the test would be overwritten, make the folder,
 * then move the source and its companions. */
static int
promote_one(const char *path)
{
	char *dst = promoted_path(path), *dir, *a, *b;
	size_t i;
	int rc = 0;
	struct stat st;

	if (!dst) {
		warn("promote: %s: not a test in a bugs/ folder", path);
		return -1;
	}
	if (stat(path, &st) < 0 || !S_ISREG(st.st_mode)) {
		warn("promote: %s: %s", path, exists(path) ?
		     "not a regular file" : strerror(errno));
		free(dst);
		return -1;
	}
	for (i = 0; i <= sizeof(companions) / sizeof(companions[0]); i++) {
		a = i ? with_ext(path, companions[i - 1]) : xstrdup(path);
		b = i ? with_ext(dst, companions[i - 1]) : xstrdup(dst);
		if (exists(a) && exists(b)) {
			warn("promote: %s already exists; nothing moved", b);
			rc = -1;
		}
		free(a);
		free(b);
	}
	dir = xstrndup(dst, (size_t)(base_name(dst) - dst));
	if (rc == 0 && mkdir(dir, 0777) < 0 && errno != EEXIST) {
		warn("promote: cannot create %s: %s", dir, strerror(errno));
		rc = -1;
	}
	for (i = 0; rc == 0 && i <= sizeof(companions) / sizeof(*companions);
	     i++) {
		a = i ? with_ext(path, companions[i - 1]) : xstrdup(path);
		b = i ? with_ext(dst, companions[i - 1]) : xstrdup(dst);
		rc = move(a, b, i > 0);
		free(a);
		free(b);
	}
	free(dir);
	free(dst);
	return rc;
}

int
promote_main(int npaths, char **paths)
{
	int i, rc = 0;

	if (npaths == 0) {
		warn("promote: usage: rundriver promote bugs/NAME.c ...");
		return 2;
	}
	for (i = 0; i < npaths; i++)
		if (promote_one(paths[i]) < 0)
			rc = 1;
	return rc;
}
