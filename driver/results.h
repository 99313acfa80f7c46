#ifndef RUNDRIVER_RESULTS_H
#define RUNDRIVER_RESULTS_H

#include <stddef.h>

#include "job.h"

/* The results store of a working folder, .rundriver/results: each test's
 * last verdict and duration per profile. It starts the next run with the
 * last one's failures (-failed) and the longest tests first. */
struct results;

/* Read the store in folder DIR (.rundriver of the working folder, or
 * $RUNDRIVER_STORE). A missing file is an empty store; a damaged line is
 * passed over. Caller frees. */
struct results *results_load(const char *dir);
/* The path of its file, for messages. */
const char *results_file(const struct results *r);
/* The last verdict of test PATH ("./" in front does not count) under
 * PROFILE and its seconds: 1, or 0 when the store has none. */
int results_get(const struct results *r, const char *profile,
		const char *path, enum status *st, double *secs);
/* Did test PATH fail (FAIL or FIXED) the last time it ran under one of
 * the N PROFILES? */
int results_failed(const struct results *r, const char *const *profiles,
		   size_t n, const char *path);
/* The tests that failed (FAIL or FIXED) the last time they ran, under any
 * profile, and still exist, in name order: a malloc'd vector of malloc'd
 * strings (free_strv), *N set. */
char **results_failed_paths(const struct results *r, size_t *n);
/* The order to start the REPS jobs of each of the N tests PATHS in (job
 * I*REPS+K is run K of test I) under PROFILE: the last run's failures
 * first, then the tests that took longest, then the rest as they are.
 * Malloc'd, or NULL when the store knows none of them. */
size_t *results_order(const struct results *r, const char *profile,
		      char *const *paths, size_t n, size_t reps);
/* Record a verdict of PATH (it replaces the one stored when saved). */
void results_put(struct results *r, const char *profile, const char *path,
		 enum status st, double secs);
/* Write the store back when a verdict was put (a temp file renamed over
 * it, so that two runs at once never leave a torn file). Return 0, or -1
 * with errno set. */
int results_save(struct results *r);
void results_free(struct results *r);

#endif
