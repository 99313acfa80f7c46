#define _POSIX_C_SOURCE 200809L
#include "verdict.h"
#include "arena.h"
#include "constraint.h"
#include "proc.h"

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
	const char *out = r->out;

	if (r->len > max)
		out = arena_printf(&j->arena, "%.*s\n... (%zu more bytes)\n",
				   (int)max, r->out, r->len + r->dropped - max);
	if (!j->absdir || !*j->absdir)
		return out;
	/* the tools saw absolute paths; the user gave relative ones */
	return arena_replace(&j->arena, out, j->absdir, j->reldir);
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

int
verdict_known(const struct job *j, const struct ctx *c)
{
	size_t i, n, len = strlen(j->path);
	char err[128];

	for (i = 0; i < c->nknown; i++) {
		n = strlen(c->known[i].path);
		if (strcmp(j->path, c->known[i].path) != 0 &&
		    !(len > n && j->path[len - n - 1] == '/' &&
		      strcmp(j->path + len - n, c->known[i].path) == 0))
			continue;
		if (!c->known[i].cond ||
		    constraint_eval(c->known[i].cond, c->known_tags, err,
				    sizeof(err)) == 1)
			return 1;
	}
	return 0;
}

int
verdict_settle(struct job *j)
{
	if (!j->expect_fail)
		return 0;
	if (j->status == ST_FAIL) {
		j->status = ST_OK;
		j->msg = arena_printf(&j->arena, "%s (expected)", j->msg);
	} else if (j->status == ST_OK) {
		verdict_fail(j, "unexpected success (listed as a known "
			     "failure)");
	}
	return 0;
}
