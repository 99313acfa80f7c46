#define _DEFAULT_SOURCE
#include "gojob.h"
#include "errcheck.h"
#include "goerrupdate.h"
#include "flags.h"
#include "godir.h"
#include "goenv.h"
#include "golden.h"
#include "proc.h"
#include "util.h"
#include "verdict.h"

#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>

int
gojudge_ok(struct job *j, const struct ctx *c, const struct stepout *r)
{
	return verdict_exit(j, r, c->go->go);
}

int
gojudge_output(struct job *j, const struct ctx *c, const struct stepout *r)
{
	char *msg;

	if (verdict_exit(j, r, "the test program"))
		return 1;
	msg = golden_check(&j->arena, golden_path(&j->arena, j->path), r->out,
			   r->len, c->opt->bless, 0);
	return msg ? verdict_fail(j, "%s", msg) : 0;
}

/* run.go's exit-status rule before an error check (spec 4.7); only
 * errorcheck itself turns a timeout into "compilation timed out". */
static int
exit_rule(struct job *j, const struct stepout *r, int timeout_special)
{
	if (!j->want_error || r->spawn_err || r->dropped)
		return verdict_exit(j, r, "go tool compile");
	if (!r->timed_out && r->status == 0)
		return verdict_fail(j, "compilation succeeded unexpectedly\n%s",
				    verdict_output(j, r));
	if (timeout_special && r->timed_out)
		return verdict_fail(j, "compilation timed out");
	return 0;
}

/* TEXT[0..len) as a string the ERROR reader can walk: NUL bytes, which
 * some tests hold on purpose, become 0x01 (arena). */
static const char *
comment_text(struct job *j, const char *text, size_t len)
{
	char *s = arena_strndup(&j->arena, text, len);
	size_t i;

	for (i = 0; i < len; i++)
		if (!s[i])
			s[i] = 1;
	return s;
}

/* The file PATH read for its ERROR comments ("" when unreadable). */
static const char *
read_comments(struct job *j, const char *path)
{
	size_t len = 0;
	char *buf = slurp_file(path, &len);
	const char *s = comment_text(j, buf ? buf : "", buf ? len : 0);

	free(buf);
	return s;
}

/* Match OUTPUT against the ERROR comments of the files FULL[0..n) (their
 * texts in TEXTS, known to the compiler by FULL and printed as SHORT).
 * Return the mismatch message or NULL; a bad comment also fails. */
static char *
check_files(struct job *j, const char *output, char **full, char **shortn,
	    const char **texts, size_t n, char **bad)
{
	struct wantlist w = { NULL, 0 };
	char err[512], **msgs, *res;
	size_t i, nmsgs;
	int line;

	*bad = NULL;
	for (i = 0; i < n; i++)
		if (errcheck_wanted_go(&j->arena, texts[i], shortn[i], &w, &line,
				       err, sizeof(err)) < 0) {
			*bad = arena_printf(&j->arena, "%s:%d: %s", shortn[i],
					    line, err);
			errcheck_free(&w);
			return NULL;
		}
	msgs = errcheck_split_go(&j->arena, output, j->go->want_auto, full,
				 shortn, n, &nmsgs);

	res = errcheck_match(&j->arena, &w, msgs, nmsgs);
	errcheck_free(&w);
	return res;
}

static int
check_one(struct job *j, const struct stepout *r, char *full, char *shortn,
	  const char *text)
{
	char *bad, *res = check_files(j, r->out, &full, &shortn, &text, 1, &bad);

	if (bad)
		return verdict_fail(j, "%s", bad);
	return res ? verdict_fail(j, "%s", res) : 0;
}

/* -update_errors: rewrite the test's ERROR comments from OUTPUT, then
 * let go fmt polish it (its result ignored, as run.go does). */
static void
update_errors(struct job *j, const struct ctx *c, const char *output)
{
	char *text = errupdate_go(&j->arena, j->text, output,
					j->go->abs), *out;
	char *argv[] = { c->go->go, "fmt", j->go->abs, NULL };
	FILE *f = fopen(j->go->abs, "w");

	if (!f || fputs(text, f) == EOF || fclose(f) == EOF) {
		warn("-update_errors: cannot write %s: %s", j->go->abs,
		     strerror(errno));
		return;
	}
	chmod(j->go->abs, 0640);
	proc_capture(argv, &out);
	free(out);
	out = slurp_file(j->go->abs, &j->textlen);
	if (out) {
		j->text = arena_strndup(&j->arena, out, j->textlen);
		free(out);
	}
}

int
gojudge_errorcheck(struct job *j, const struct ctx *c,
		   const struct stepout *r)
{
	if (exit_rule(j, r, 1))
		return 1;
	if (c->opt->update_errors)
		update_errors(j, c, r->out);
	return check_one(j, r, j->go->abs, j->shortname,
			 comment_text(j, j->text, j->textlen));
}

int
gojudge_gen(struct job *j, const struct ctx *c, const struct stepout *r)
{
	FILE *f;

	(void)c;
	if (verdict_exit(j, r, "the generator"))
		return 1;
	f = fopen(j->go->gen, "w");
	if (!f || fwrite(r->out, 1, r->len, f) != r->len || fclose(f) == EOF)
		return verdict_fail(j, "cannot write %s: %s", j->go->gen,
				    strerror(errno));
	return 0;
}

int
gojudge_gen_check(struct job *j, const struct ctx *c, const struct stepout *r)
{
	(void)c;
	if (exit_rule(j, r, 0))
		return 1;
	return check_one(j, r, j->go->gen, "tmp__.go",
			 read_comments(j, j->go->gen));
}

static int
is_andrundir(const struct job *j)
{
	return strcmp(j->goaction->name, "errorcheckandrundir") == 0;
}

/* errorcheckdir: the exit rule of package j->sub (spec 4.6), then the
 * ERROR comments of all its files. */
int
gojudge_pkg_errcheck(struct job *j, const struct ctx *c,
		     const struct stepout *r)
{
	const struct gopkg *p = &j->go->pkgs[j->sub];
	int ok = !r->spawn_err && !r->timed_out && !r->dropped && !r->status;
	char **full, *bad, *res;
	const char **texts;
	size_t i;

	(void)c;
	if (j->sub == j->go->errpkg && j->want_error && ok)
		return verdict_fail(j, "compilation succeeded unexpectedly\n%s",
				    verdict_output(j, r));
	if (!(j->sub == j->go->errpkg && j->want_error) && !ok)
		return verdict_exit(j, r, "go tool compile");
	full = arena_alloc(&j->arena, p->nfiles * sizeof(*full));
	texts = arena_alloc(&j->arena, p->nfiles * sizeof(*texts));
	for (i = 0; i < p->nfiles; i++) {
		full[i] = arena_printf(&j->arena, "%s/%s", j->go->dirabs,
				       p->files[i]);
		texts[i] = read_comments(j, full[i]);
	}
	res = check_files(j, r->out, full, p->files, texts, p->nfiles, &bad);
	if (bad)
		return verdict_fail(j, "%s", bad);
	if (!res)
		return 0;
	if (!is_andrundir(j))
		return verdict_fail(j, "%s", res);
	j->go->kept = res;	/* kept, and on to the run */
	j->sub = j->go->npkgs;
	return 0;
}

int
gojudge_pkg_rundir(struct job *j, const struct ctx *c,
		   const struct stepout *r)
{
	int may_fail = j->want_error && is_andrundir(j) &&
		       j->sub + 2 == j->go->npkgs;

	(void)c;
	if (may_fail && !r->spawn_err && !r->timed_out && !r->dropped)
		return 0;
	return verdict_exit(j, r, "go tool compile");
}

int
gojudge_asm(struct job *j, const struct ctx *c, const struct stepout *r)
{
	const char *env = j->go->envs[j->sub];
	char *res;
	size_t i;

	(void)c;
	if (verdict_exit(j, r, "go build")) {
		j->msg = arena_printf(&j->arena, "%s: %s", env, j->msg);
		return 1;
	}
	res = asmcheck_match(&j->arena, &j->go->asm, env, r->out, j->go->abs,
			     j->path);
	if (!res)
		return 0;
	/* run.go logs the listings of the failing functions: show them */
	for (i = 0; i < j->go->asm.ndumps; i++)
		res = arena_printf(&j->arena, "%s\n%s", res,
				   j->go->asm.dumps[i]);
	return verdict_fail(j, "%s", res);
}

int
goops_advance(struct job *j, const struct gop_def *op)
{
	size_t count = op->loop == LOOP_PKGS ? j->go->npkgs :
		       op->loop == LOOP_ENVS ? j->go->nenvs : 0;

	if (op->loop != LOOP_NONE && ++j->sub < count)
		return 1;
	j->sub = 0;
	j->pc++;
	return 0;
}

char **
goops_env_dedup(struct job *j, char **env, size_t n)
{
	struct strlist l = { 0 };
	size_t i, k, len;

	for (i = 0; i < n; i++) {
		len = strcspn(env[i], "=");
		for (k = i + 1; k < n; k++)
			if (strncmp(env[k], env[i], len + 1) == 0)
				break;
		if (k == n)	/* the last of its name wins */
			arena_push(&j->arena, &l, env[i]);
	}
	return l.v;
}

char **
goops_asm_env(struct job *j, const struct ctx *c)
{
	struct strlist l = { 0 };
	char **extra = asmcheck_env(&j->arena, j->go->envs[j->sub]);
	size_t i;

	for (i = 0; c->env[i]; i++)
		arena_push(&j->arena, &l, c->env[i]);
	for (i = 0; extra && extra[i]; i++)
		arena_push(&j->arena, &l, extra[i]);
	if (j->go->nflags && strcmp(j->go->flags[0], "-race") == 0)
		arena_push(&j->arena, &l, "CGO_ENABLED=1");
	arena_push(&j->arena, &l, arena_printf(&j->arena, "TMPDIR=%s", j->tmp));
	return goops_env_dedup(j, l.v, l.n);
}

void
goops_release(struct job *j)
{
	if (j->go)
		asmcheck_free(&j->go->asm);
}
