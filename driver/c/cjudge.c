/* The C dialect's judges: what the result of each operation means for a
 * test (exit status, golden output, ERROR comments, asm checks). A judge
 * reads files and writes the generated program (and, by its operation's
 * update, -update_errors' rewrite of the test); it never runs a
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

/* The exit status rule of errorcheck, for what decides the job at once:
 * a command that did not run to its end (a crash, a timeout, truncated
 * output is no list of diagnostics), or a failed compile that must
 * succeed (-0). */
static int
exit_decides(struct job *j, const struct ctx *c, const struct stepout *r)
{
	if (r->spawn_err || r->dropped || !j->want_error)
		return verdict_exit(j, r, c->compiler);
	if (r->timed_out)
		return verdict_fail(j, "compilation timed out");
	if (WIFSIGNALED(r->status))
		return verdict_exit(j, r, c->compiler);
	return 0;
}

/* The head of the message when a compile that must fail succeeded, by
 * what it printed: nothing, only warnings, or errors all the same. */
static const char *
success_head(struct job *j, char **msgs, size_t n)
{
	size_t i;

	if (n == 0)
		return "compilation succeeded unexpectedly, without any "
		       "diagnostic";
	for (i = 0; i < n; i++)
		if (strncmp(errcheck_text(msgs[i]), "warning", 7) != 0)
			return "compilation succeeded unexpectedly, although "
			       "it printed errors";
	return arena_printf(&j->arena, "compilation succeeded unexpectedly, "
			    "with only warnings: write \"%s -0\" when the "
			    "compile must succeed", j->rec.action);
}

/* errorcheck: the exit status rule, then, unless the command did not run
 * to its end, -update_errors and the ERROR comments; one message names
 * every problem. */
int
cjudge_check(struct job *j, const struct ctx *c, const struct stepout *r)
{
	const struct copdef *op = caction_op(j);
	int gen = op->srcs == SRC_GEN;
	const char *src = gen ? caction_gen_path(j, c) : j->abs;
	const char *text = j->text, *shortname = base_name(src), *head = NULL;
	struct cerror_badlist bad = { 0 };
	struct wantlist w = { 0 };
	struct errcheck_result res;
	char **msgs, *msg;
	size_t n;

	if (exit_decides(j, c, r))
		return 1;
	if (gen && !(text = arena_slurp(&j->arena, src, NULL)))
		return verdict_fail(j, "%s: %s", src, strerror(errno));
	msgs = cerror_split(&j->arena, r->out, c->prof->diag, src, shortname,
			    &n);
	if (j->want_error && r->status == 0) {
		head = success_head(j, msgs, n);
	} else if (c->opt->update_errors && op->update) {
		if (op->update(j, c, msgs, n))
			return 1;
		text = j->text;
	}
	cerror_wanted(&j->arena, text, shortname,
		      (const char *const *)c->prof->error_tags, &w, &bad);
	errcheck_run(&j->arena, &w, msgs, n, &res);
	msg = cerror_report(&j->arena, head, gen ? src : j->path, &bad, &res);
	return msg ? verdict_fail(j, "%s", msg) : 0;
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

/* The deps step's make rules ("a.o: x.c /usr/include/stdio.h \", one
 * rule a line for some compilers), on its output or in {tmp}/deps.d
 * when it wrote that, as the job's dependencies: every word
 * that is not a target, "\ " as a space, relative paths taken from the
 * temp folder the step ran in, and files made there left out (the test
 * made them). A failing step only keeps the pass out of the cache. */
int
cjudge_deps(struct job *j, const struct ctx *c, const struct stepout *r)
{
	struct strlist l = { 0 };
	char *file = arena_printf(&j->arena, "%s/deps.d", j->tmp), *w, *path;
	const char *p, *end;
	size_t n, len, tmplen = strlen(j->tmp);

	(void)c;
	if (r->spawn_err || r->timed_out || r->status != 0 || r->dropped) {
		j->cachekey = NULL;
		return 0;
	}
	p = arena_slurp(&j->arena, file, &len);
	if (!p) {
		p = r->out;
		len = r->len;
	}
	end = p + len;
	w = arena_alloc(&j->arena, len + 1);
	while (p < end) {
		for (; p < end && (*p == ' ' || *p == '\t' || *p == '\n' ||
				   (*p == '\\' && p + 1 < end && p[1] == '\n'));
		     p++)
			;
		for (n = 0; p < end && *p != ' ' && *p != '\t' && *p != '\n';
		     p++) {
			if (*p == '\\' && p + 1 < end && p[1] == ' ')
				p++;
			else if (*p == '\\' && p + 1 < end && p[1] == '\n')
				break;
			w[n++] = *p;
		}
		w[n] = '\0';
		if (n == 0 || w[n - 1] == ':' || strcmp(w, "\\") == 0)
			continue;
		path = w[0] == '/' ? arena_strdup(&j->arena, w) :
		       arena_printf(&j->arena, "%s/%s", j->tmp, w);
		if (strncmp(path, j->tmp, tmplen) == 0 && path[tmplen] == '/')
			continue;
		arena_push(&j->arena, &l, path);
	}
	j->deps = l.v;
	j->ndeps = l.n;
	return 0;
}
