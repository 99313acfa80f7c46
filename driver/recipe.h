#ifndef RUNDRIVER_RECIPE_H
#define RUNDRIVER_RECIPE_H

#include <stddef.h>

struct arena;

/* What a test's leading comment block says to do with it. */
struct recipe {
	const char *action;	/* first word of the directive */
	int line;		/* line of the directive */
	int want_error;		/* -1: action's default; 0: -0; 1: -1 */
	double timeout;		/* -t N in seconds, 0 when absent */
	int single;		/* -s: each file its own package (Go) */
	char **flags;		/* compiler flags, in order */
	size_t nflags;
	char **args;		/* program arguments */
	size_t nargs;
	char **requires;	/* requires: expressions, all must hold */
	int *requires_line;
	size_t nrequires;
	const char *bug;	/* bug: compiler names, or NULL */
	char **goexperiments;	/* Go: -goexperiment values, in order */
	size_t ngoexperiments;
};

/* The parts of a Go test file run.go looks at before splitting words. */
struct gorecipe {
	const char *text;	/* the recipe: first line(s), "//" stripped */
	size_t len;
	const char *header;	/* where constraints are looked for */
	size_t headerlen;
};

/* Split S into words with run.go's quoting rules ('…', "…", backslash
 * escapes). Words are arena memory. Return 0, or -1 with ERR set. */
int recipe_split(struct arena *a, const char *s, char ***words, size_t *n,
		 char *err, size_t errlen);
/* Parse the C-dialect recipe of source TEXT into R (arena memory). Return
 * 0, or -1 with ERR set and *errline the offending line (0: whole file). */
int recipe_parse(struct arena *a, const char *text, struct recipe *r,
		 int *errline, char *err, size_t errlen);

/* Cut TEXT into run.go's recipe and constraint header (Go dialect).
 * Return 0; 1 for run.go's "skip errors" (ERR is the reason, reported as
 * "unexpected skip"); -1 for other errors with ERR set. */
int recipe_go_cut(const char *text, size_t len, const char *path,
		  struct gorecipe *g, char *err, size_t errlen);
/* Split a Go recipe G into R with run.go's rules: every word after the
 * action is a flag or an argument, whatever its line. Return 0, or -1
 * with ERR set. */
int recipe_go_parse(struct arena *a, const struct gorecipe *g,
		    struct recipe *r, char *err, size_t errlen);

#endif
