#ifndef RUNDRIVER_CASMCHECK_H
#define RUNDRIVER_CASMCHECK_H

#include <stddef.h>

struct arena;
struct regex;

/* One check of a C asmcheck test: a pattern that must (or, negative, must
 * not) match a line of one function's assembly. */
struct casmop {
	const char *func;	/* the function whose body holds the check */
	int line;
	const char *arch;	/* as written: "amd64", "gcc.x86_64" */
	const char *re;
	struct regex *rx;
	int negative;
};

/* The checks of one C source file that apply here, all in the arena
 * they were parsed into (patterns included). */
struct casmchecks {
	struct casmop *v;	/* in source order */
	size_t n;
};

/* Parse the "// ARCH:\"re\",-\"re\"" checks of the C source TEXT. ARCH
 * is an architecture name, optionally prefixed by a tag ("gcc.amd64");
 * checks for other architectures than MACHINE (uname's, e.g. "x86_64") or
 * whose tag is not among TAGS (NULL-terminated) are dropped. Strings in
 * arena A. Return 0, or -1 with ERR set and *ERRLINE the offending line
 * (unknown architecture, bad quoting, bad regexp, check outside a
 * function). */
int casmcheck_parse(struct arena *a, const char *text, const char *machine,
		    const char *const *tags, struct casmchecks *c,
		    int *errline, char *err, size_t errlen);
/* Match the assembly ASM (gcc/clang -S output) against C. Return NULL
 * when every check holds, else the failures, one line each naming REL and
 * the check's line, then the listings of the functions concerned (arena
 * A). */
char *casmcheck_match(struct arena *a, const struct casmchecks *c,
		      const char *asm_text, const char *rel);

#endif
