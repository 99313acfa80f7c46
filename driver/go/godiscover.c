/* run.go's discovery: the test root (the folder holding run.go), its
 * default folder list, and findTests' rules for folders and files. It
 * reads folders only; what a file holds is goaction.c's concern. */
#define _DEFAULT_SOURCE
#include "godiscover.h"
#include "discover.h"
#include "flags.h"
#include "goenv.h"
#include "util.h"

#include <dirent.h>
#include <errno.h>
#include <limits.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

/* path.Join(DIR, NAME) for the simple cases run.go meets. */
static char *
join_clean(const char *dir, const char *name)
{
	size_t n = strlen(dir);

	while (n > 2 && dir[0] == '.' && dir[1] == '/') {
		dir += 2;
		n -= 2;
	}
	while (n > 1 && dir[n - 1] == '/')
		n--;
	if (n == 0 || (n == 1 && dir[0] == '.'))
		return xstrdup(name);
	return xasprintf("%.*s/%s", (int)n, dir, name);
}

static int
scan_go(const char *dir, long shard, long shards, struct testlist *out,
	char *err, size_t errlen)
{
	DIR *d = opendir(dir);
	struct dirent *de;
	size_t first = out->n;

	if (!d) {
		snprintf(err, errlen, "%s: %s", dir, strerror(errno));
		return -1;
	}
	while ((de = readdir(d))) {
		if (de->d_name[0] == '.' || !has_suffix(de->d_name, ".go"))
			continue;
		testlist_shard(out, de->d_name, join_clean(dir, de->d_name),
			       shard, shards);
	}
	closedir(d);
	qsort(out->paths + first, out->n - first, sizeof(*out->paths),
	      cmp_strp);
	return 0;
}

int
godiscover_dirs(const char *const *dirs, size_t ndirs, long shard,
		long shards, struct testlist *out, char *err, size_t errlen)
{
	struct stat st;
	size_t i;

	memset(out, 0, sizeof(*out));
	for (i = 0; i < ndirs; i++) {
		if (strcmp(dirs[i], "-") == 0 || strcmp(dirs[i], "--") == 0)
			continue;
		if (stat(dirs[i], &st) == 0 && S_ISDIR(st.st_mode)) {
			if (scan_go(dirs[i], shard, shards, out, err,
				    errlen) < 0)
				return -1;
		} else if (has_suffix(dirs[i], ".go")) {
			testlist_push(out, join_clean(".", dirs[i]));
		} else {
			snprintf(err, errlen, "can't yet deal with "
				 "non-directory and non-go file \"%s\"",
				 dirs[i]);
			return -1;
		}
	}
	return 0;
}

/* Is DIR a Go test root (it holds run.go)? */
static int
is_go_root(const char *dir)
{
	char *p = xasprintf("%s/run.go", dir);
	int ok = access(p, F_OK) == 0;

	free(p);
	return ok;
}

/* The Go test root above PATH (a file or folder), or NULL. */
static char *
find_go_root(const char *path)
{
	char real[PATH_MAX], *slash;
	struct stat st;

	if (!realpath(path, real))
		return NULL;
	if (stat(real, &st) == 0 && !S_ISDIR(st.st_mode))
		*strrchr(real, '/') = '\0';
	for (;;) {
		if (is_go_root(real))
			return xstrdup(real);
		slash = strrchr(real, '/');
		if (!slash || slash == real)
			return NULL;
		*slash = '\0';
	}
}

/* PATH relative to ROOT when it lies below it, else a copy of PATH. */
static char *
relative_to(const char *root, const char *path)
{
	char real[PATH_MAX];
	size_t n = strlen(root);

	if (realpath(path, real) && strncmp(real, root, n) == 0 &&
	    real[n] == '/')
		return xstrdup(real + n + 1);
	if (realpath(path, real) && strcmp(real, root) == 0)
		return xstrdup(".");
	return xstrdup(path);
}

void
godiscover(const struct options *o, const struct goenv *g,
	   struct testlist *tests, char **cwd)
{
	static const char *const defaults[] = { ".", "ken", "chan",
		"interface", "syntax", "dwarf", "fixedbugs", "codegen",
		"runtime", "abi", "typeparam", "typeparam/mdempsky" };
	char err[512], *root, **rel;
	int i, dflt = o->npaths == 0 ||
		      (o->npaths == 1 && is_go_root(o->paths[0]));

	if (o->npaths == 0)
		root = xasprintf("%s/test", g->goroot);
	else
		root = find_go_root(o->paths[0]);
	if (!root || chdir(root) < 0)
		fatal("%s: not inside a Go test tree (no run.go above it)",
		      o->npaths ? o->paths[0] : "$GOROOT/test");
	rel = xcalloc((size_t)o->npaths + 1, sizeof(*rel));
	for (i = 0; i < o->npaths; i++)
		rel[i] = relative_to(root, o->paths[i]);
	if (chdir(root) < 0 || godiscover_dirs(dflt ? defaults :
		(const char *const *)rel, dflt ? sizeof(defaults) /
		sizeof(defaults[0]) : (size_t)o->npaths, o->shard, o->shards,
		tests, err, sizeof(err)) < 0)
		fatal("%s", err);
	free_strv(rel);
	*cwd = root;
}
