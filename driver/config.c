/* The profiles' folder: where a profile named without a path is found,
 * which installed profiles a glob names, and whether a compiler can be
 * run at all. */
#define _GNU_SOURCE
#include "config.h"
#include "profile.h"
#include "util.h"

#include <dirent.h>
#include <errno.h>
#include <fnmatch.h>
#include <limits.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

char *
config_dir(void)
{
	const char *env = getenv("RUNDRIVER_CONFIG");
	char exe[PATH_MAX], *dir;
	ssize_t n;

	if (env && *env)
		return xstrdup(env);
	n = readlink("/proc/self/exe", exe, sizeof(exe) - 1);
	if (n > 0) {
		exe[n] = '\0';
		*strrchr(exe, '/') = '\0';
		dir = xasprintf("%s/config", exe);
		if (access(dir, F_OK) == 0)
			return dir;
		free(dir);
		dir = xasprintf("%s/../share/rundriver/config", exe);
		if (access(dir, F_OK) == 0)
			return dir;
		free(dir);
	}
	return xstrdup("config");
}

/* Is the file at PATH an executable regular file (not a folder)? */
static int
is_program(const char *path)
{
	struct stat st;

	return stat(path, &st) == 0 && S_ISREG(st.st_mode) &&
	       access(path, X_OK) == 0;
}

char *
config_which(const char *name)
{
	const char *path = getenv("PATH"), *p, *colon;
	char *full;

	if (strchr(name, '/'))
		return is_program(name) ? xstrdup(name) : NULL;
	for (p = path ? path : "/usr/bin:/bin";; p = colon + 1) {
		colon = strchr(p, ':');
		full = xasprintf("%.*s/%s", colon ? (int)(colon - p) :
				 (int)strlen(p), p, name);
		if (is_program(full))
			return full;
		free(full);
		if (!colon)
			return NULL;
	}
}

int
config_runnable(const char *name)
{
	char *full = config_which(name);
	int ok = full != NULL;

	free(full);
	return ok;
}

/* A malloc'd, NULL-terminated vector of malloc'd strings. */
struct names {
	char **v;
	size_t n;
};

/* Append to L the profiles of folder CFG matching the glob PAT whose
 * compiler is installed, in name order; say which are left out. */
static void
glob_profiles(const char *cfg, const char *pat, struct names *l)
{
	DIR *d = opendir(cfg);
	struct dirent *de;
	struct names found = { 0 };
	struct profile *p;
	size_t i, had = l->n;
	char *name, *path;

	if (!d)
		fatal("-profile %s: %s: %s", pat, cfg, strerror(errno));
	while ((de = readdir(d))) {
		if (!has_suffix(de->d_name, ".yaml"))
			continue;
		name = xstrndup(de->d_name, strlen(de->d_name) - 5);
		if (fnmatch(pat, name, 0) == 0)
			strv_push(&found.v, &found.n, name);
		else
			free(name);
	}
	closedir(d);
	if (found.n)
		qsort(found.v, found.n, sizeof(char *), cmp_strp);
	for (i = 0; i < found.n; i++) {
		path = profile_find(found.v[i], cfg);
		p = profile_load(path);
		if (config_runnable(p->compiler))
			strv_push(&l->v, &l->n, xstrdup(found.v[i]));
		else
			warn("-profile %s: leaving out %s: \"%s\" is not "
			     "installed", pat, found.v[i], p->compiler);
		profile_free(p);
		free(path);
	}
	free_strv(found.v);
	if (l->n == had)
		fatal("-profile %s: no installed profile in %s matches", pat,
		      cfg);
}

char **
config_expand(char **names, size_t *n)
{
	struct names l = { 0 };
	char *cfg = config_dir();
	size_t i;

	for (i = 0; i < *n; i++) {
		if (strpbrk(names[i], "*?["))
			glob_profiles(cfg, names[i], &l);
		else
			strv_push(&l.v, &l.n, xstrdup(names[i]));
	}
	free(cfg);
	*n = l.n;
	return l.v;
}
