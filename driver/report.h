#ifndef RUNDRIVER_REPORT_H
#define RUNDRIVER_REPORT_H

#include <stddef.h>

struct job;
struct options;

/* Start counting; OPT says what to print. */
void report_init(const struct options *opt);
/* Print, in order, every finished test from jobs[*next] on (with
 * -count N, each test is N jobs side by side, printed as one); advance
 * *next past them. Stops at the first test with a job still pending. */
void report_flush(struct job *jobs, size_t n, size_t *next);
/* When stderr is a terminal (and not -v), show "[done/total]  N FAIL
 * M:SS  ~M:SS left" there on one line, erased before anything else is
 * printed; elsewhere nothing. */
void report_progress(size_t done, size_t total);
/* Is that line shown (so that it wants a tick every second)? */
int report_live(void);
/* Print the -summary lines (and a note of NOTRUN tests never run, when
 * interrupted); return the exit status: 0 all passed, 1 some failed. */
int report_finish(size_t notrun);

#endif
