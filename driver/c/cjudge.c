/* The C dialect's judges: what the result of each operation means for a
 * test (exit status, golden output, ERROR comments, asm checks). A judge
 * reads files and writes the generated program; it never runs a
 * command. */
#define _POSIX_C_SOURCE 200809L
#include "cjob.h"
#include "arena.h"
#include "casmcheck.h"
#include "cerror.h"
#include "errcheck.h"
#include "flags.h"
#include "util.h"
#include "verdict.h"

#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/wait.h>

int
cjudge_success(struct job *j, const struct ctx *c, const struct stepout *r)
{
	return verdict_exit(j, r, c->compiler);
}

int
cjudge_run(struct job *j, const struct ctx *c, const struct stepout *r)
{
	return verdict_golden(j, r, "a.out", c->opt->bless,
			      cjob_of(j)->action->golden == OUT_IF_PRESENT);
}

int
cjudge_gen(struct job *j, const struct ctx *c, const struct stepout *r)
{
	char *gen = caction_gen_path(j, c);
	FILE *f;

	if (verdict_exit(j, r, "a.out"))
		return 1;
	f = fopen(gen, "w");
	if (!f || fwrite(r->out, 1, r->len, f) != r->len || fclose(f) == EOF)
		return verdict_fail(j, "cannot write %s: %s", gen, strerror(errno));
	return 0;
}

/* The exit status rule of errorcheck: with want_error the compile must
 * fail (a crash or a timeout is no diagnostic), else succeed. */
static int
check_exit(struct job *j, const struct ctx *c, const struct stepout *r)
{
	if (r->spawn_err || r->dropped || !j->want_error)
		return verdict_exit(j, r, c->compiler);
	if (r->timed_out)
		return verdict_fail(j, "compilation timed out");
	if (WIFSIGNALED(r->status))
		return verdict_exit(j, r, c->compiler);
	if (r->status == 0)
		return verdict_fail(j, "compilation succeeded unexpectedly\n%s",
				    verdict_output(j, r));
	return 0;
}

/* errorcheck: the exit status rule, then the ERROR comments. */
int
cjudge_check(struct job *j, const struct ctx *c, const struct stepout *r)
{
	int gen = caction_op(j)->srcs == SRC_GEN, line;
	const char *src = gen ? caction_gen_path(j, c) : j->abs;
	const char *text = j->text, *shortname = base_name(src);
	struct wantlist w = { 0 };
	char err[512], **msgs, *res;
	size_t n;

	if (check_exit(j, c, r))
		return 1;
	if (gen && !(text = arena_slurp(&j->arena, src, NULL)))
		return verdict_fail(j, "%s: %s", src, strerror(errno));
	if (cerror_wanted(&j->arena, text, shortname,
			  (const char *const *)c->prof->error_tags, &w, &line,
			  err, sizeof(err)) < 0)
		return verdict_fail(j, "%s:%d: %s", gen ? src : j->path, line,
				    err);
	msgs = cerror_split(&j->arena, r->out, c->prof->diag, src, shortname,
			    &n);
	res = errcheck_match(&j->arena, &w, msgs, n);
	return res ? verdict_fail(j, "%s", res) : 0;
}

/* asmcheck: the compile to assembly succeeds, then the checks of the test
 * hold on the functions of {tmp}/a.s. */
int
cjudge_asm(struct job *j, const struct ctx *c, const struct stepout *r)
{
	const struct cjob *cj = cjob_of(j);
	char *text, *res;

	if (verdict_exit(j, r, c->compiler))
		return 1;
	text = arena_slurp(&j->arena, arena_printf(&j->arena, "%s/a.s",
						     j->tmp), NULL);
	if (!text)
		return verdict_fail(j, "%s/a.s: %s (the profile's asm step "
				    "must write it)", j->tmp, strerror(errno));
	res = casmcheck_match(&j->arena, &cj->checks, text, j->path);
	if (!res)
		return 0;
	/* the checks of a run (or compile) test are its own proof that the
	 * pattern survives, never the bug it expects */
	j->broken = cj->action->ops[0] != OP_ASM;
	return verdict_fail(j, "%s", res);
}
