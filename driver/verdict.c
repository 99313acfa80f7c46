/* Verdicts: failing a job with a message, judging a command's exit, and
 * settling what bugs/ and known-failure lists expect. It spawns nothing
 * and knows no dialect; the dialects' judges call it. */
#define _POSIX_C_SOURCE 200809L
#include "verdict.h"
#include "arena.h"
#include "golden.h"
#include "proc.h"
#include "profile.h"
#include "release.h"
#include "suite.h"
#include "util.h"

#include <stdarg.h>
#include <stdio.h>
#include <string.h>
#include <sys/wait.h>

enum {
	MSG_OUTPUT_MAX = 16 << 10,	/* output quoted in a message */
	MSG_FLOOD_MAX = 1 << 10,	/* the same, when it was truncated */
};

int
verdict_fail(struct job *j, const char *fmt, ...)
{
	va_list ap;

	va_start(ap, fmt);
	j->msg = arena_vprintf(&j->arena, fmt, ap);
	va_end(ap);
	j->status = ST_FAIL;
	return 1;
}

const char *
verdict_output(struct job *j, const struct stepout *r)
{
	size_t max = r->dropped ? MSG_FLOOD_MAX : MSG_OUTPUT_MAX;
	const char *out = golden_visible(&j->arena, r->out, r->len);
	size_t len = strlen(out);	/* NUL bytes, shown as ^@, count as two */

	if (len > max)
		out = arena_printf(&j->arena, "%.*s\n... (%zu more bytes)\n",
				   (int)max, out, len + r->dropped - max);
	if (!j->absdir || !*j->absdir)
		return out;
	/* the tools saw absolute paths; the user gave relative ones */
	return arena_replace(&j->arena, out, j->absdir, j->reldir);
}

/* The program's output R as its suite's golden file holds it: the test's
 * absolute folder (as __FILE__ and messages carry it) given from the
 * suite's root, so that the output does not depend on where the suite
 * lies. Without a suite, R's output as it is. */
static const char *
relocated(struct job *j, const struct stepout *r, size_t *len)
{
	const char *root = j->suite ? j->suite->root : NULL;
	const char *rel;
	char *out;

	*len = r->len;
	if (!root || !j->absdir || strncmp(j->absdir, root, strlen(root)) ||
	    strlen(r->out) != r->len || !strstr(r->out, j->absdir))
		return r->out;
	rel = j->absdir + strlen(root);
	out = arena_replace(&j->arena, r->out, j->absdir, rel);
	*len = strlen(out);
	return out;
}

/* Did R exit with a non-zero status its suite ignores? */
static int
exit_ignored(const struct job *j, const struct stepout *r)
{
	return j->suite && j->suite->ignore_exit && !r->spawn_err &&
	       !r->timed_out && !r->dropped && WIFEXITED(r->status);
}

int
verdict_golden(struct job *j, const struct stepout *r, const char *what,
	       int bless, int if_present)
{
	const char *out;
	char *msg;
	size_t len;

	if (!exit_ignored(j, r) && verdict_exit(j, r, what))
		return 1;
	out = relocated(j, r, &len);
	msg = golden_check(&j->arena, suite_golden(&j->arena, j->suite,
			   j->path), out, len, bless, if_present,
			   j->suite && j->suite->compare == COMPARE_IGNORE_SPACE);
	return msg ? verdict_fail(j, "%s", msg) : 0;
}

int
verdict_exit(struct job *j, const struct stepout *r, const char *what)
{
	char desc[128];

	if (r->spawn_err)
		return verdict_fail(j, "%s: cannot start: %s", what,
				    strerror(r->spawn_err));
	if (r->timed_out)
		return verdict_fail(j, "command exceeded time limit");
	if (r->dropped)
		return verdict_fail(j, "output truncated: %zu bytes past the "
				    "%zu-byte limit\n%s", r->dropped, r->len,
				    verdict_output(j, r));
	if (r->status == 0)
		return 0;
	proc_describe(r->status, desc, sizeof(desc));
	return verdict_fail(j, "%s\n%s", desc, verdict_output(j, r));
}

/* A bugs/ test, or one whose compiler predates its fix: failing is the
 * expected BUG; passing is FIXED (bugs/: the bug is gone) or a case that
 * cannot catch its bug. */
static void
settle_bug(struct job *j, const struct ctx *c)
{
	if (j->status == ST_FAIL) {
		j->status = ST_BUG;
	} else if (j->status == ST_OK && j->expect == EXPECT_BUG) {
		j->status = ST_FIXED;
		j->msg = arena_printf(&j->arena, "the bug no longer "
				      "reproduces: move the test to fixedbugs/ "
				      "with\n\trundriver promote %s", j->path);
	} else if (j->status == ST_OK) {
		verdict_fail(j, "passes under %s %s, before the fix its fixed: "
			     "line names (%s): the case does not catch its bug, "
			     "or the line names the wrong release",
			     c->prof->name, c->release, j->fixed_in);
	}
}

void
verdict_settle(struct job *j, const struct ctx *c)
{
	if (j->broken)
		return;
	if (j->expect == EXPECT_BUG || j->expect == EXPECT_UNFIXED)
		settle_bug(j, c);
	if (!j->expect_fail)
		return;
	if (j->status == ST_FAIL) {
		j->status = ST_OK;
		j->msg = arena_printf(&j->arena, "%s (expected)", j->msg);
	} else if (j->status == ST_OK) {
		verdict_fail(j, "unexpected success (listed as a known "
			     "failure)");
	}
}

int
verdict_expect(struct job *j, const struct ctx *c, const char *bug,
	       int bugline, const char *fixed, int fixedline)
{
	char err[256], fix[64];
	int v;

	j->expect = path_folder(j->path, "bugs") ? EXPECT_BUG : EXPECT_PASS;
	if (bug && j->expect == EXPECT_BUG) {
		v = release_bug_names(bug, c->prof, c->release, err,
				      sizeof(err));
		if (v < 0)
			return verdict_fail(j, "%s:%d: bug: %s", j->path,
					    bugline, err);
		j->expect = v ? EXPECT_BUG : EXPECT_PASS;
	}
	if (!fixed)
		return 0;
	v = release_fixed_side(fixed, c->prof, c->release, fix, sizeof(fix),
			       err, sizeof(err));
	if (v < 0)
		return verdict_fail(j, "%s:%d: fixed: %s", j->path, fixedline,
				    err);
	if (v != FIX_NONE && j->expect == EXPECT_PASS) {
		j->expect = v == FIX_BEFORE ? EXPECT_UNFIXED : EXPECT_FIXED;
		j->fixed_in = arena_strdup(&j->arena, fix);
	}
	return 0;
}
