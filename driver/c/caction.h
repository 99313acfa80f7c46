#ifndef RUNDRIVER_ACTION_H
#define RUNDRIVER_ACTION_H

#include "job.h"

/* Prepare JOB: read its file, parse its recipe, check its constraints and
 * make its temp folder. Return 1 when that already decided its verdict
 * (a skip or a broken test), 0 when it has commands to run. */
int action_start(struct job *j, const struct ctx *c);
/* Given PREV, the result of the last command (NULL for the first), fill
 * CMD with the next command and return 1, or set the verdict and return 0. */
int action_next(struct job *j, const struct ctx *c, const struct stepout *prev,
		struct stepcmd *cmd);

#endif
