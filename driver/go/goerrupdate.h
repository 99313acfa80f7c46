#ifndef RUNDRIVER_GOERRUPDATE_H
#define RUNDRIVER_GOERRUPDATE_H

struct arena;

/* run.go's -update_errors: TEXT (the source FILE, as the compiler was
 * given it) with every " // ERROR …" cut and, on each line the compiler
 * OUTPUT reports for FILE, " // ERROR" and its escaped messages appended.
 * Arena memory. */
char *goerrupdate_text(struct arena *a, const char *text, const char *output,
		       const char *file);

#endif
