#ifndef RUNDRIVER_RELEASE_H
#define RUNDRIVER_RELEASE_H

#include <stddef.h>

struct profile;

/* Where a compiler release stands to a test's fixed: line. */
enum fix_side {
	FIX_NONE,	/* the line names neither this compiler nor a release
			 * known here */
	FIX_BEFORE,	/* a release before the fix: it has the bug */
	FIX_AFTER,	/* the fix's release or a later one */
};

/* Compare releases A and B ("11.3.0", "16") part by part as numbers:
 * <0, 0, >0. With PREFIX, only as many parts as B has, so that "16.0.6"
 * equals "16". */
int release_cmp(const char *a, const char *b, int prefix);
/* Does the bug: list SPEC ("tcc, clang 13-22, gcc 11-") name profile P,
 * whose compiler is RELEASE (NULL: unknown)? An entry is a name (P's or
 * one of its tags) and, optionally, a release or an inclusive range of
 * them, which an unknown release is taken to lie in (the bug is open).
 * 1 or 0; -1 with ERR on a syntax error. */
int release_bug_names(const char *spec, const struct profile *p,
		      const char *release, char *err, size_t errlen);
/* What the fixed: list SPEC ("clang 16, gcc 12 since 11") says of
 * profile P, whose compiler is RELEASE (NULL: unknown): FIX_BEFORE when
 * an entry names P and RELEASE lies before its fix (and from its "since"
 * on), FIX_AFTER when it lies at or after the fix, else FIX_NONE; the
 * entry concerned goes to FIX (FIXLEN bytes). -1 with ERR on a syntax
 * error. */
int release_fixed_side(const char *spec, const struct profile *p,
		       const char *release, char *fix, size_t fixlen,
		       char *err, size_t errlen);

#endif
