#ifndef RUNDRIVER_GOLDEN_H
#define RUNDRIVER_GOLDEN_H

#include <stddef.h>

struct arena;

/* The golden file of test PATH: its final extension replaced by ".out"
 * (arena memory). */
char *golden_path(struct arena *a, const char *path);
/* Compare program output GOT[0..len) with the golden file OUTPATH (missing:
 * empty), CRLF turned into LF on both sides, NUL bytes compared; with
 * IGNORE_SPACE, runs of blanks count as one and blanks at a line's end
 * not at all. With BLESS, write GOT there instead. With IF_PRESENT, a missing file means any output
 * is fine. Return NULL when they agree, else the failure message with a
 * unified diff (arena); an unreadable golden file is a failure. */
char *golden_check(struct arena *a, const char *outpath, const char *got,
		   size_t len, int bless, int if_present, int ignore_space);

/* S[0..len) with each NUL byte shown as "^@": S itself when it has none,
 * else a copy in arena A. */
const char *golden_visible(struct arena *a, const char *s, size_t len);

#endif
