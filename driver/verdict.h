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
/* Apply the expectations to a job its dialect has decided, unless its
 * own check broke: when a BUG is expected (bugs/, or a release before
 * the fix), a failure becomes BUG and a pass FIXED (bugs/) or FAIL (the
 * case cannot catch its bug); for a known failure, a failure becomes ok
 * "(expected)" and a pass FAIL "unexpected success". */
void verdict_settle(struct job *j, const struct ctx *c);
/* Set what the test expects under C's profile and release: BUG under
 * bugs/ when its bug: list BUG (NULL: every compiler) names them, else
 * what its fixed: list FIXED (or NULL) says. BUGLINE and FIXEDLINE are
 * their lines, for messages. Return 1 when a line was malformed (the
 * job then failed), else 0. */
int verdict_expect(struct job *j, const struct ctx *c, const char *bug,
		   int bugline, const char *fixed, int fixedline);

#endif
