#ifndef RUNDRIVER_SCHED_H
#define RUNDRIVER_SCHED_H

#include <stddef.h>

struct ctx;
struct job;

/* Run JOBS[0..n) with at most PARALLEL at once, starting them in the order
 * ORDER gives (a permutation of 0..n; NULL: as they are), reporting each
 * in their own order as soon as it and all before it are done. On
 * SIGINT/SIGTERM/SIGHUP kill everything, remove the temp root, print the
 * partial report and re-raise. Return the exit status (0 all passed, 1
 * some failed). */
int sched_run(struct job *jobs, size_t n, const size_t *order,
	      const struct ctx *c, long parallel);

#endif
