#ifndef RUNDRIVER_CERRUPDATE_H
#define RUNDRIVER_CERRUPDATE_H

#include <stddef.h>

struct arena;
struct ctx;
struct job;

/* One change -update_errors makes to a line of a test. */
struct cerrupdate_change {
	int line;
	char sign;		/* '+' a pattern added, '-' one removed,
				 * '!' the line left as it is */
	const char *text;	/* the pattern as written, or why */
};

/* The changes to one test, in line order (arena memory). Start it
 * zeroed. */
struct cerrupdate_changes {
	struct cerrupdate_change *v;
	size_t n, cap;
};

/* TEXT as an ERROR pattern that matches it literally: PCRE2's
 * metacharacters escaped, '"' and control bytes as \xNN, "LINE" as
 * "[L]INE", no "////" and no "* /" left (arena memory). */
char *cerrupdate_escape(struct arena *a, const char *text);
/* C source TEXT, known to the compiler as SHORTNAME, with its ERROR
 * comments rewritten from the diagnostics MSGS[0..n) ("short:line:
 * text"): on each line, the patterns of the NULL-terminated TAGS that
 * still take a diagnostic kept as written, the others removed, and one
 * escaped pattern added (under TAGS[0]) for each diagnostic none takes;
 * lines with other compilers' tags left as they are. New comments are
 * "/ * … * /" when the file's directive or annotations are. Every change
 * goes to CH. Return TEXT itself when nothing changes, else the new text
 * (arena memory). */
char *cerrupdate_text(struct arena *a, const char *text, const char *shortname,
		      const char *const *tags, char **msgs, size_t n,
		      struct cerrupdate_changes *ch);
/* The C dialect's -update_errors for the compile of job J (see cupdate_fn
 * in cjob.h): the test rewritten in place, each change printed on
 * stderr. */
int cerrupdate_job(struct job *j, const struct ctx *c, char **msgs, size_t n);

#endif
