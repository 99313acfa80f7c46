#ifndef RUNDRIVER_SUITE_H
#define RUNDRIVER_SUITE_H

#include <stddef.h>

struct arena;

/* How a suite compares a program's output with its golden file. */
enum suite_compare { COMPARE_EXACT, COMPARE_IGNORE_SPACE };

/* A test tree's own settings: its rundriver.yaml, which applies to every
 * test below the folder it lies in. */
struct suite {
	char *path;		/* the rundriver.yaml */
	char *root;		/* its folder, absolute, with a final '/' */
	char *default_action;	/* for files without a directive, or NULL */
	char *golden;		/* "{name}.out": {name} the file's name
				 * without its extension, {file} with it */
	char **flags;		/* added after the profile's */
	size_t nflags;
	enum suite_compare compare;
	int ignore_exit;	/* exit_status: ignore */
	char **include, **exclude;	/* globs over paths from the root */
	size_t ninclude, nexclude;
	char **known;		/* known_failures: profile, path, ... (paths
				 * from the root) */
	size_t nknown;
};

/* The suites met in one run, each read once. */
struct suites;

/* Start an empty set of suites. */
struct suites *suites_new(void);
/* The suite the test at PATH belongs to: the rundriver.yaml of its folder
 * or the nearest folder above, or NULL. A malformed file is fatal,
 * naming it, its line and the key. The suite belongs to S. */
const struct suite *suites_find(struct suites *s, const char *path);
/* Does SUITE (NULL: none) take the test at PATH, by its include and
 * exclude globs? */
int suite_takes(const struct suite *suite, const char *path);
/* The known-failure list SUITE names for profile NAME, a malloc'd
 * absolute path, or NULL. */
char *suite_known(const struct suite *suite, const char *name);
/* The golden file of the test at PATH under SUITE (NULL: the default,
 * NAME.out beside it), beside it (arena A). */
char *suite_golden(struct arena *a, const struct suite *suite,
		   const char *path);
/* Free S and its suites. */
void suites_free(struct suites *s);

#endif
