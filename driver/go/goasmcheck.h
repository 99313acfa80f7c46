#ifndef RUNDRIVER_GOASMCHECK_H
#define RUNDRIVER_GOASMCHECK_H

#include <stddef.h>

struct arena;
struct regex;

/* One opcode check of an asmcheck test, for one build environment. A
 * check written for several environments is one asmop per environment,
 * all sharing one compiled pattern. */
struct goasmop {
	const char *env;	/* "linux/amd64/v3" */
	int line;		/* source line it applies to */
	const char *re;		/* "^" + unquoted text, as compiled */
	struct regex *rx;	/* shared by the asmops of one check */
	int negative;
	int found;
};

/* All the checks of one source file, all in the arena they were parsed
 * into (patterns included). */
struct goasmchecks {
	struct goasmop *v;	/* in source line order */
	size_t n;
	const char **envs;	/* distinct envs, sorted bytewise */
	size_t nenvs;
	char **dumps;		/* set by goasmcheck_match: function listings */
	size_t ndumps;		/* to log, one log.Println each */
};

/* Parse the asm checks of SRC (the text of the file) into C, strings in
 * arena A. Return 0, or -1 with ERR set, *ERRLINE the offending line and
 * C left empty (unsupported architecture, bad quote, bad regexp). */
int goasmcheck_parse(struct arena *a, const char *src,
		     struct goasmchecks *c, int *errline, char *err,
		     size_t errlen);
/* Match the -S listing OUTPUT of the build for ENV, whose positions read
 * "(ABSPATH:LINE)". Return NULL when every check of ENV passes, else
 * run.go's error text, lines sorted by line and naming REL (arena A).
 * Also sets C's dumps (arena A). */
char *goasmcheck_match(struct arena *a, struct goasmchecks *c,
		       const char *env, const char *output,
		       const char *abspath, const char *rel);
/* The environment assignments for ENV ("GOOS=linux", "GOARCH=amd64",
 * "GOAMD64=v3", the third omitted when the variant is empty),
 * NULL-terminated, in arena A; NULL when ENV is malformed or names a
 * variant of an architecture that has none (run.go panics). */
char **goasmcheck_env(struct arena *a, const char *env);

#endif
