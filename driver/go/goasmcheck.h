#ifndef RUNDRIVER_ASMCHECK_H
#define RUNDRIVER_ASMCHECK_H

#include <stddef.h>

struct arena;
struct regex;

/* One opcode check of an asmcheck test, for one build environment. A
 * check written for several environments is one asmop per environment,
 * all sharing one compiled pattern. */
struct asmop {
	const char *env;	/* "linux/amd64/v3" */
	int line;		/* source line it applies to */
	const char *re;		/* "^" + unquoted text, as compiled */
	struct regex *rx;	/* owned unless borrowed; asmcheck_free */
	int borrowed;		/* rx belongs to an earlier asmop */
	int negative;
	int found;
};

/* All the checks of one source file. */
struct asmchecks {
	struct asmop *v;	/* in source line order */
	size_t n;
	const char **envs;	/* distinct envs, sorted bytewise */
	size_t nenvs;
	char **dumps;		/* set by asmcheck_match: function listings */
	size_t ndumps;		/* to log, one log.Println each */
};

/* Parse the asm checks of SRC (the text of the file) into C, strings in
 * arena A. Return 0, or -1 with ERR set, *ERRLINE the offending line and
 * C left empty (unsupported architecture, bad quote, bad regexp). */
int asmcheck_parse(struct arena *a, const char *src, struct asmchecks *c,
		   int *errline, char *err, size_t errlen);
/* Match the -S listing OUTPUT of the build for ENV, whose positions read
 * "(ABSPATH:LINE)". Return NULL when every check of ENV passes, else
 * run.go's error text, lines sorted by line and naming REL (arena A).
 * Also sets C's dumps (arena A). */
char *asmcheck_match(struct arena *a, struct asmchecks *c, const char *env,
		     const char *output, const char *abspath,
		     const char *rel);
/* The environment assignments for ENV ("GOOS=linux", "GOARCH=amd64",
 * "GOAMD64=v3", the third omitted when the variant is empty),
 * NULL-terminated, in arena A; NULL when ENV is malformed or names a
 * variant of an architecture that has none (run.go panics). */
char **asmcheck_env(struct arena *a, const char *env);
/* Free the compiled patterns of C (the rest is arena memory). */
void asmcheck_free(struct asmchecks *c);

#endif
