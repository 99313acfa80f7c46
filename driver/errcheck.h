#ifndef RUNDRIVER_ERRCHECK_H
#define RUNDRIVER_ERRCHECK_H

#include <stddef.h>

struct arena;
struct regex;

/* One ERROR pattern: the compiler must print a matching diagnostic for
 * file:line. */
struct want {
	struct regex *re;	/* owned; freed by errcheck_free */
	const char *pattern;	/* after LINE substitution */
	const char *prefix;	/* what messages must start with */
	const char *where;	/* "short:line", for reports */
	int line;
};

/* The expectations of one source file. */
struct wantlist {
	struct want *v;
	size_t n;
};

/* Collect the ERROR comments of source TEXT, known to the compiler as
 * SHORTNAME, keeping the tags in the NULL-terminated TAGS (other tags are
 * read but ignored). Strings are arena memory. Return 0, or -1 with ERR
 * set and *errline the offending line (W then holds nothing). Release W
 * with errcheck_free. */
int errcheck_wanted(struct arena *a, const char *text, const char *shortname,
		    const char *const *tags, struct wantlist *w, int *errline,
		    char *err, size_t errlen);
/* Go dialect: append to W the expectations of TEXT per run.go's
 * wantedErrors ("// ERROR", "// GC_ERROR", "// ERRORAUTO"; no escapes;
 * "////" disables a line). Return 0, or -1 with ERR and *errline. */
int errcheck_wanted_go(struct arena *a, const char *text,
		       const char *shortname, struct wantlist *w,
		       int *errline, char *err, size_t errlen);
/* Go dialect: run.go's splitOutput of OUTPUT, then every FULL[i] replaced
 * by SHORT[i]. Arena memory. */
char **errcheck_split_go(struct arena *a, const char *output, int want_auto,
			 char *const *full, char *const *shortname,
			 size_t npairs, size_t *n);
/* Turn compiler OUTPUT into diagnostic entries "short:line: text" using
 * the diagnostics pattern DIAG; TAB-started lines continue the previous
 * entry, and every ABSPATH becomes SHORTNAME. Arena memory. */
char **errcheck_split(struct arena *a, const char *output,
		      const struct regex *diag, const char *abspath,
		      const char *shortname, size_t *n);
/* Match the diagnostics against the expectations with run.go's algorithm.
 * Return NULL when they agree, else the failure message (arena memory). */
char *errcheck_match(struct arena *a, const struct wantlist *w, char **msgs,
		     size_t nmsgs);
/* Free the compiled patterns of W. */
void errcheck_free(struct wantlist *w);

/* Go's %q and %#q quoting of S, into arena memory. */
char *errcheck_quote(struct arena *a, const char *s);
char *errcheck_backquote(struct arena *a, const char *s);

#endif
