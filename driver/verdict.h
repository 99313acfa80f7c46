#ifndef RUNDRIVER_VERDICT_H
#define RUNDRIVER_VERDICT_H

#include "job.h"

/* Set a FAIL verdict with a printf message (job memory); return 1, "the
 * job is decided", so that judges can return it directly. */
int verdict_fail(struct job *j, const char *fmt, ...)
	__attribute__((format(printf, 2, 3)));
/* Fail unless the command R ran to a zero exit: cannot start, timed out
 * ("command exceeded time limit"), output truncated, or "exit status N" /
 * "signal: X" with its output. WHAT names the command. Return 1 when it
 * failed, else 0. */
int verdict_exit(struct job *j, const struct stepout *r, const char *what);
/* Fail unless the program R ran to a zero exit (verdict_exit, naming it
 * WHAT) and its output equals the test's golden file (with IF_PRESENT,
 * only when there is one); with BLESS the output is written there
 * instead. Return 1 when it failed, else 0. */
int verdict_golden(struct job *j, const struct stepout *r, const char *what,
		   int bless, int if_present);
/* R's output as a message may quote it: cut when long, with the absolute
 * paths the tools saw turned back into the ones the user gave. */
const char *verdict_output(struct job *j, const struct stepout *r);
/* Apply the expectations to a job its dialect has decided: under bugs/, a
 * failure becomes BUG and a pass FIXED; for a known failure, a failure
 * becomes ok "(expected)" and a pass FAIL "unexpected success". */
void verdict_settle(struct job *j);
/* Is the test at PATH, with bug: names NAMES (NULL: every compiler),
 * expected to fail under profile P: does it lie in a bugs/ folder and is
 * P's name or one of its tags among NAMES? */
int verdict_bug_expected(const char *path, const char *names,
			 const struct profile *p);

#endif
