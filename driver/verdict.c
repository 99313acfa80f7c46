/* Verdicts: failing a job with a message, judging a command's exit, and
 * settling what bugs/ and known-failure lists expect. It spawns nothing
 * and knows no dialect; the dialects' judges call it. */
#define _POSIX_C_SOURCE 200809L
#include "verdict.h"
#include "arena.h"
#include "golden.h"
#include "proc.h"
#include "profile.h"
#include "util.h"

#include <stdarg.h>
#include <stdio.h>
#include <string.h>

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

int
verdict_golden(struct job *j, const struct stepout *r, const char *what,
	       int bless, int if_present)
{
	char *msg;

	if (verdict_exit(j, r, what))
		return 1;
	msg = golden_check(&j->arena, golden_path(&j->arena, j->path), r->out,
			   r->len, bless, if_present);
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

/* A bugs/ test: failing is the expected BUG, passing is FIXED. */
static void
settle_bug(struct job *j)
{
	if (j->status == ST_FAIL) {
		j->status = ST_BUG;
	} else if (j->status == ST_OK) {
		j->status = ST_FIXED;
		j->msg = arena_printf(&j->arena, "the bug no longer "
				      "reproduces: move the test to fixedbugs/ "
				      "with\n\trundriver promote %s", j->path);
	}
}

void
verdict_settle(struct job *j)
{
	if (j->expect_bug)
		settle_bug(j);
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

/* Is WORD (LEN bytes) P's name or one of its tags? */
static int
names_profile(const char *word, size_t len, const struct profile *p)
{
	size_t i;

	if (strlen(p->name) == len && strncmp(p->name, word, len) == 0)
		return 1;
	for (i = 0; i < p->ntags; i++)
		if (strlen(p->tags[i]) == len &&
		    strncmp(p->tags[i], word, len) == 0)
			return 1;
	return 0;
}

int
verdict_bug_expected(const char *path, const char *names,
		     const struct profile *p)
{
	const char *sep = " \t,";
	size_t len;

	if (!path_folder(path, "bugs"))
		return 0;
	if (!names)
		return 1;
	for (names += strspn(names, sep); *names; names += strspn(names, sep)) {
		len = strcspn(names, sep);
		if (names_profile(names, len, p))
			return 1;
		names += len;
	}
	return 0;
}
