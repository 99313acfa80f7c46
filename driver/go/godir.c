/* A Go test's NAME.dir: its files by extension, its packages in run.go's
 * order (goDirPackages), and run.go's overlayDir copy. It reads and
 * copies files; it compiles nothing. */
#define _DEFAULT_SOURCE
#include "godir.h"
#include "arena.h"
#include "regex.h"
#include "util.h"

#include <dirent.h>
#include <errno.h>
#include <fcntl.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

long
godir_files(struct arena *a, const char *dir, const char *ext, char ***out,
	    char *err, size_t errlen)
{
	DIR *d = opendir(dir);
	struct dirent *de;
	struct strlist l = { 0 };
	const char *dot;

	if (!d) {
		snprintf(err, errlen, "open %s: %s", dir, strerror(errno));
		return -1;
	}
	while ((de = readdir(d))) {
		dot = strrchr(de->d_name, '.');
		if (dot && strcmp(dot, ext) == 0)
			arena_push(a, &l, arena_strdup(a, de->d_name));
	}
	closedir(d);
	if (l.n)
		qsort(l.v, l.n, sizeof(*l.v), cmp_strp);
	*out = l.v;
	return (long)l.n;
}

/* The package name of file PATH: the first "^package (\w+)" of it. */
static const char *
package_name(struct arena *a, const char *path)
{
	static struct regex *re;
	char msg[128], *text = slurp_file(path, NULL);
	const char *name = NULL;
	long s, e;

	if (!re)	/* never freed: one pattern for the whole run */
		re = regex_compile_re2(NULL, "(?m)^package (?<name>"
				       "[\\p{Lu}\\p{Ll}\\w]+)", msg,
				       sizeof(msg));
	if (!re || !text)
		goto out;
	if (regex_group(re, text, strlen(text), "name", &s, &e) == 1 && s >= 0)
		name = arena_strndup(a, text + s, (size_t)(e - s));
out:
	free(text);
	return name;
}

long
godir_packages(struct arena *a, const char *dir, int single,
	       struct gopkg **out, char *err, size_t errlen)
{
	char **files, *path;
	long n = godir_files(a, dir, ".go", &files, err, errlen), i, k,
	     npkgs = 0;
	struct gopkg *pkgs;
	const char *name;

	if (n < 0)
		return -1;
	pkgs = arena_alloc(a, (size_t)(n + 1) * sizeof(*pkgs));
	for (i = 0; i < n; i++) {
		path = arena_printf(a, "%s/%s", dir, files[i]);
		name = package_name(a, path);
		if (!name) {
			snprintf(err, errlen, "%s: no package clause", path);
			return -1;
		}
		for (k = 0; !single && k < npkgs; k++)
			if (strcmp(pkgs[k].name, name) == 0)
				break;
		if (single || k == npkgs) {
			k = npkgs++;
			pkgs[k].name = name;
			pkgs[k].files = arena_alloc(a, (size_t)(n + 1) *
						    sizeof(char *));
		}
		pkgs[k].files[pkgs[k].nfiles++] = files[i];
	}
	*out = pkgs;
	return npkgs;
}

static int
copy_file(const char *dst, const char *src)
{
	char buf[65536];
	int in = open(src, O_RDONLY | O_CLOEXEC), out;
	ssize_t r;

	if (in < 0)
		return -1;
	out = open(dst, O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, 0644);
	if (out < 0) {
		close(in);
		return -1;
	}
	while ((r = read(in, buf, sizeof(buf))) > 0)
		if (write(out, buf, (size_t)r) != r) {
			r = -1;
			break;
		}
	close(in);
	return close(out) < 0 || r < 0 ? -1 : 0;
}

int
godir_overlay(struct arena *a, const char *dst, const char *src, char *err,
	      size_t errlen)
{
	DIR *d;
	struct dirent *de;
	struct stat st;
	char *s, *t, real[4096];
	int rc = 0;

	if (stat(src, &st) < 0 || mkdir(dst, (st.st_mode & 0777) | 0200) < 0) {
		snprintf(err, errlen, "overlay %s: %s", dst, strerror(errno));
		return -1;
	}
	if (!(d = opendir(src)) || !realpath(src, real)) {
		snprintf(err, errlen, "open %s: %s", src, strerror(errno));
		if (d)
			closedir(d);
		return -1;
	}
	while (rc == 0 && (de = readdir(d))) {
		if (strcmp(de->d_name, ".") == 0 || strcmp(de->d_name, "..") == 0)
			continue;
		s = arena_printf(a, "%s/%s", real, de->d_name);
		t = arena_printf(a, "%s/%s", dst, de->d_name);
		if (stat(s, &st) == 0 && S_ISDIR(st.st_mode))
			rc = godir_overlay(a, t, s, err, errlen);
		else if (symlink(s, t) < 0 && copy_file(t, s) < 0) {
			snprintf(err, errlen, "overlay %s: %s", t,
				 strerror(errno));
			rc = -1;
		}
	}
	closedir(d);
	return rc;
}
