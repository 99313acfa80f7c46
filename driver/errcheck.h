#ifndef RUNDRIVER_ERRCHECK_H
#define RUNDRIVER_ERRCHECK_H

#include <stddef.h>

struct arena;
struct regex;

/* One ERROR pattern: the compiler must print a matching diagnostic for
 * file:line. Everything in it belongs to the arena it was made in. */
struct want {
	struct regex *re;
	const char *pattern;	/* after LINE substitution */
	const char *prefix;	/* what messages must start with */
	const char *where;	/* "short:line", for reports */
	int line;
};

/* The expectations of one or more source files, in arena memory. Start
 * it zeroed. */
struct wantlist {
	struct want *v;
	size_t n, cap;
};

/* How LINE+n and LINE-n read in a pattern. */
enum line_rule {
	LINE_WRAP,	/* run.go's: "LINE+x" is LINE then "+x", and line
			 * arithmetic wraps */
	LINE_CHECKED,	/* a sign needs a number, the line must exist */
};

/* The lines of a source text, read one at a time by errcheck_next_line.
 * Start it as { TEXT, 0 }. */
struct srclines {
	const char *p;		/* the rest of the text, NULL at the end */
	int lineno;		/* of the line last returned */
};

/* The next line of L without its '\n' (arena memory), or NULL at the
 * end. Lines holding "////" are passed over: run.go's way of disabling an
 * annotation, which every dialect keeps. */
char *errcheck_next_line(struct arena *a, struct srclines *l);
/* PAT with LINE, LINE+n and LINE-n replaced by "SHORTNAME:n" for line
 * LINENO, by RULE, into *OUT (arena memory). Return 0, or -1 with ERR set
 * (LINE_CHECKED only). */
int errcheck_subst_line(struct arena *a, const char *pat,
			const char *shortname, int lineno, enum line_rule rule,
			const char **out, char *err, size_t errlen);
/* Append a copy of X to W (arena memory). */
void errcheck_push(struct arena *a, struct wantlist *w, const struct want *x);
/* Why an expectation failed. */
enum errcheck_why {
	ECK_MISSING,	/* no diagnostic on its line */
	ECK_NOMATCH,	/* diagnostics on its line, none matching */
	ECK_LIMIT,	/* its pattern hit PCRE2's match limit */
};

/* One expectation that failed. */
struct errcheck_miss {
	const struct want *want;
	enum errcheck_why why;
	char **seen;		/* ECK_NOMATCH: the diagnostics of its line */
	size_t nseen;
};

/* What errcheck_run found wrong, in arena memory. */
struct errcheck_result {
	struct errcheck_miss *miss;	/* in the order of the expectations */
	size_t nmiss;
	char **unmatched;	/* diagnostics no pattern took, in order */
	size_t nunmatched;
};

/* Match the diagnostics MSGS[0..nmsgs) ("file:line: text", in the order
 * the compiler printed them) against the expectations with run.go's
 * errorCheck algorithm, into *RES (arena memory). Return the number of
 * problems: failed expectations plus unmatched diagnostics. */
size_t errcheck_run(struct arena *a, const struct wantlist *w, char **msgs,
		    size_t nmsgs, struct errcheck_result *res);
/* run.go's words for failed expectation M (arena memory). */
char *errcheck_miss_text(struct arena *a, const struct errcheck_miss *m);
/* errcheck_run with run.go's failure message: NULL when they agree, else
 * the message (arena memory). */
char *errcheck_match(struct arena *a, const struct wantlist *w, char **msgs,
		     size_t nmsgs);
/* The text of diagnostic MSG: what follows "file:line: " (run.go's cut
 * at the first space). */
const char *errcheck_text(const char *msg);

/* Go's %q and %#q quoting of S, into arena memory. */
char *errcheck_quote(struct arena *a, const char *s);
char *errcheck_backquote(struct arena *a, const char *s);

#endif
