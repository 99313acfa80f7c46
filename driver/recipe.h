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
};

/* Split S into words with run.go's quoting rules ('…', "…", backslash
 * escapes). Words are arena memory. Return 0, or -1 with ERR set. */
int recipe_split(struct arena *a, const char *s, char ***words, size_t *n,
		 char *err, size_t errlen);
/* Parse the C-dialect recipe of source TEXT into R (arena memory). Return
 * 0, or -1 with ERR set and *errline the offending line (0: whole file). */
int recipe_parse(struct arena *a, const char *text, struct recipe *r,
		 int *errline, char *err, size_t errlen);

#endif
