#ifndef RUNDRIVER_CERROR_H
#define RUNDRIVER_CERROR_H

#include <stddef.h>

struct arena;
struct regex;
struct wantlist;

/* Append to W the expectations of C source TEXT, known to the compiler as
 * SHORTNAME: "// TAG "re" …" or "/ * TAG "re" * /" annotations whose TAG
 * ends in ERROR, kept when TAG is in the NULL-terminated TAGS (others are
 * read but ignored), LINE±n checked. Arena memory. Return 0, or -1 with
 * ERR set, *ERRLINE the offending line and W as it was. */
int cerror_wanted(struct arena *a, const char *text, const char *shortname,
		  const char *const *tags, struct wantlist *w, int *errline,
		  char *err, size_t errlen);
/* Turn compiler OUTPUT into diagnostic entries "short:line: text" with
 * the diagnostics pattern DIAG (named groups file, line, text); TAB-started
 * lines continue the previous entry, a position-less "error:" line is
 * kept whole, and every ABSPATH becomes SHORTNAME. Arena memory. */
char **cerror_split(struct arena *a, const char *output,
		    const struct regex *diag, const char *abspath,
		    const char *shortname, size_t *n);

#endif
