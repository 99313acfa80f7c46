#ifndef RUNDRIVER_CRECIPE_H
#define RUNDRIVER_CRECIPE_H

#include <stddef.h>

struct arena;
struct recipe;

/* What a C test's recipe block says beyond its directive. */
struct crecipe {
	char **requires;	/* requires: expressions, all must hold */
	int *requires_line;
	size_t nrequires;
	const char *bug;	/* bug: compiler names and releases, or NULL */
	int bug_line;
	const char *fixed;	/* fixed: compilers and releases, or NULL */
	int fixed_line;
};

/* Parse the recipe of C source TEXT: its leading comment block ("//"
 * lines, or a C90 comment), whose first line (after a build-constraint
 * line) is the directive and whose other lines are "requires:", "bug:",
 * "fixed:" or free text, ended by a blank line. The directive's flags are -0, -1
 * and -t N; every other flag goes to the compiler. Into R and CR (arena
 * memory). Return 0, or -1 with ERR set and *ERRLINE the offending line
 * (0: the whole file). */
int crecipe_parse(struct arena *a, const char *text,
		  const char *const *value_flags, struct recipe *r,
		  struct crecipe *cr, int *errline, char *err, size_t errlen);

#endif
