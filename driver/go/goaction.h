#ifndef RUNDRIVER_GOACTION_H
#define RUNDRIVER_GOACTION_H

#include "job.h"

/* The Go dialect's action_start: read the test, apply run.go's recipe,
 * constraint and skip rules, and prepare its action. Return 1 when that
 * decided the job. */
int goaction_start(struct job *j, const struct ctx *c);
/* The Go dialect's action_next (see action.h). */
int goaction_next(struct job *j, const struct ctx *c,
		  const struct stepout *prev, struct stepcmd *cmd);

#endif
