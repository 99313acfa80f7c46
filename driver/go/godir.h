#ifndef RUNDRIVER_GODIR_H
#define RUNDRIVER_GODIR_H

#include <stddef.h>

struct arena;

/* One package of a Go test's NAME.dir: its name and its files, in name
 * order. */
struct gopkg {
	const char *name;
	char **files;		/* base names */
	size_t nfiles;
};

/* The files of folder DIR whose names end in EXT, sorted (run.go's
 * goDirFiles), as base names in arena memory. Return the count, or -1
 * with ERR set. */
long godir_files(struct arena *a, const char *dir, const char *ext,
		 char ***out, char *err, size_t errlen);
/* run.go's goDirPackages: group the .go files of DIR by package name in
 * order of first appearance (each file its own package when SINGLE).
 * Return the count, or -1 with ERR set (e.g. a file with no package
 * clause). */
long godir_packages(struct arena *a, const char *dir, int single,
		    struct gopkg **out, char *err, size_t errlen);
/* Mirror folder SRC into DST as run.go's overlayDir does: folders made,
 * files symlinked (copied when that fails). Return 0, or -1 with ERR. */
int godir_overlay(struct arena *a, const char *dst, const char *src,
		  char *err, size_t errlen);

#endif
