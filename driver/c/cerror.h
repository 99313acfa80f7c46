#ifndef RUNDRIVER_CERROR_H
#define RUNDRIVER_CERROR_H

#include <stddef.h>

struct arena;
struct errcheck_result;
struct regex;
struct wantlist;

/* One quoted pattern of an ERROR comment, as written: pointers into the
 * line it was read from. */
struct cerror_pat {
	const char *tag;	/* the tag of its group, TAGLEN bytes */
	size_t taglen;
	const char *raw;	/* between its quotes, RAWLEN bytes */
	size_t rawlen;
};

/* The ERROR comment of one line, as written. */
struct cerror_ann {
	const char *open;	/* its comment's opening "//" or "/ *" */
	const char *end;	/* just past the last pattern read */
	struct cerror_pat *pats;	/* arena memory */
	size_t npats;
	const char *err;	/* why the comment cannot be read, or NULL */
};

/* What makes an ERROR comment unusable. */
enum cerror_badkind {
	CBAD_PATTERN,	/* a regexp or LINE±n that does not compile */
	CBAD_COMMENT,	/* an unclosed quote, a tag without a pattern */
};

/* One unusable ERROR comment or pattern. */
struct cerror_bad {
	int line;
	enum cerror_badkind kind;
	const char *msg;
};

/* The unusable ERROR comments of a file, in arena memory. Start it
 * zeroed. */
struct cerror_badlist {
	struct cerror_bad *v;
	size_t n, cap;
};

/* Read the ERROR comment of LINE ("//" or "/ *", then a word ending in
 * ERROR, then tags and quoted patterns) into *ANN, whose pointers point
 * into LINE (the list in arena A). Return 0 when LINE has none. */
int cerror_parse(struct arena *a, const char *line, struct cerror_ann *ann);
/* Does the NULL-terminated TAGS (NULL: none) hold the TAGLEN bytes at TAG? */
int cerror_tag_kept(const char *const *tags, const char *tag, size_t taglen);
/* Append to W the expectations of C source TEXT, known to the compiler as
 * SHORTNAME: the patterns of its ERROR comments whose tag is in the
 * NULL-terminated TAGS (others are read but ignored), LINE±n checked.
 * Every pattern or comment that cannot be used goes to BAD instead, and
 * the rest are still read. Arena memory. Return how many went to BAD. */
size_t cerror_wanted(struct arena *a, const char *text, const char *shortname,
		     const char *const *tags, struct wantlist *w,
		     struct cerror_badlist *bad);
/* Turn compiler OUTPUT into diagnostic entries "short:line: text" with
 * the diagnostics pattern DIAG (named groups file, line, text); TAB-started
 * lines continue the previous entry, a position-less "error:" line is
 * kept whole, and every ABSPATH becomes SHORTNAME. Arena memory. */
char **cerror_split(struct arena *a, const char *output,
		    const struct regex *diag, const char *abspath,
		    const char *shortname, size_t *n);
/* The line diagnostic M ("dir/file:line: …", the line in decimal without
 * leading zeros) names, with its file's base name in [*FILE, *FILE+*FLEN);
 * 0 when it names none. */
int cerror_diag_line(const char *m, const char **file, size_t *flen);
/* The failure message of a C errorcheck (arena memory), NULL when nothing
 * is wrong: HEAD (the exit status rule's verdict) when not NULL, a line
 * counting the problems, then BAD (its lines in file PATH), the failed
 * expectations of RES (with a hint when a diagnostic at most 3 lines
 * away matches one) and the diagnostics no pattern took. */
char *cerror_report(struct arena *a, const char *head, const char *path,
		    const struct cerror_badlist *bad,
		    const struct errcheck_result *res);

#endif
