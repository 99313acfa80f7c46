#ifndef RUNDRIVER_DIFF_H
#define RUNDRIVER_DIFF_H

struct strbuf;

/* Append to OUT a unified diff (3 lines of context) turning text A, named
 * NAME_A, into text B, named NAME_B. Large inputs fall back to one hunk;
 * at most max_lines lines of diff are written. Appends nothing when the
 * texts are equal. */
void diff_unified(struct strbuf *out, const char *a, const char *name_a,
		  const char *b, const char *name_b, int max_lines);

#endif
