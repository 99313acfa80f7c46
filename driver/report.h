#ifndef RUNDRIVER_REPORT_H
#define RUNDRIVER_REPORT_H

#include <stddef.h>

struct job;
struct options;

/* Start counting; OPT says what to print. */
void report_init(const struct options *opt);
/* Print, in order, every finished job from jobs[*next] on; advance *next
 * past them. Stops at the first job still pending. */
void report_flush(struct job *jobs, size_t n, size_t *next);
/* On a terminal, show "[done/total] N failed, M:SS left" on one line that
 * the next report line overwrites; elsewhere nothing. */
void report_progress(size_t done, size_t total);
/* Print the -summary lines (and a note of NOTRUN tests never run, when
 * interrupted); return the exit status: 0 all passed, 1 some failed. */
int report_finish(size_t notrun);

#endif
