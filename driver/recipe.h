#ifndef RUNDRIVER_RECIPE_H
#define RUNDRIVER_RECIPE_H

#include <stddef.h>

struct arena;

/* A directive flag a dialect defines beyond -0, -1 and -t N: a row of
 * its flag table, which ends with a row whose name is NULL. */
struct recipe_flag {
	const char *name;	/* "-s" */
	int takes_value;	/* the next word is its value */
};

/* A dialect flag as a directive gave it. */
struct recipe_opt {
	const struct recipe_flag *flag;
	const char *value;	/* NULL unless flag->takes_value */
};

/* What a test's directive says to do with it. */
struct recipe {
	const char *action;	/* first word of the directive */
	int line;		/* line of the directive */
	int want_error;		/* -1: action's default; 0: -0; 1: -1 */
	double timeout;		/* -t N in seconds, 0 when absent */
	char **flags;		/* compiler flags, in order */
	size_t nflags;
	char **args;		/* program arguments */
	size_t nargs;
	struct recipe_opt *opts;	/* the dialect's own flags, in order */
	size_t nopts;
};

/* Split S into words with run.go's quoting rules ('…', "…", backslash
 * escapes). Words are arena memory. Return 0, or -1 with ERR set. */
int recipe_split(struct arena *a, const char *s, char ***words, size_t *n,
		 char *err, size_t errlen);
/* Read the directive words W[0..n), N > 0, into R: W[0] is the action;
 * the words after it that start with '-' are flags (-0, -1, -t N, the
 * rows of DFLAGS, any other one a compiler flag, which keeps the next
 * word as its value when it is one of VALUE_FLAGS, NULL-terminated or
 * NULL) up to the first that does not; the rest are the program's
 * arguments. R is reset first (its
 * line is the caller's to set). Arena memory. Return 0, or -1 with ERR
 * set. */
int recipe_directive(struct arena *a, char **w, size_t n,
		     const struct recipe_flag *dflags,
		     const char *const *value_flags, struct recipe *r,
		     char *err, size_t errlen);

#endif
