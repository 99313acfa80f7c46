#ifndef RUNDRIVER_GORECIPE_H
#define RUNDRIVER_GORECIPE_H

#include <stddef.h>

struct arena;
struct recipe;

/* The parts of a Go test file run.go looks at before splitting words. */
struct gorecipe {
	const char *text;	/* the recipe: first line(s), "//" stripped */
	size_t len;
	const char *header;	/* where constraints are looked for */
	size_t headerlen;
};

/* The flags of a Go directive beyond -0, -1 and -t. */
struct goflags {
	int single;		/* -s: each file its own package */
	char **experiments;	/* -goexperiment values, in order */
	size_t nexperiments;
};

/* Cut TEXT into run.go's recipe and constraint header. Return 0; 1 for
 * run.go's "skip errors" (ERR is the reason, reported as "unexpected
 * skip"); -1 for other errors with ERR set. */
int gorecipe_cut(const char *text, size_t len, const char *path,
		 struct gorecipe *g, char *err, size_t errlen);
/* Split recipe G into R and F with run.go's rules: every word after the
 * action is a flag or an argument, whatever its line. Arena memory.
 * Return 0, or -1 with ERR set. */
int gorecipe_parse(struct arena *a, const struct gorecipe *g,
		   struct recipe *r, struct goflags *f, char *err,
		   size_t errlen);

#endif
