/* The Go dialect's judges: what the result of each of run.go's
 * operations means for a test (exit rules, golden output, ERROR
 * comments, asm checks, -update_errors' rewrite). A judge reads and
 * writes files; it never runs a command. */
#define _DEFAULT_SOURCE
#include "gojob.h"
#include "errcheck.h"
#include "flags.h"
#include "godir.h"
#include "goenv.h"
#include "goerror.h"
#include "goerrupdate.h"
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
	return verdict_exit(j, r, goenv_of(c)->go);
}

int
gojudge_output(struct job *j, const struct ctx *c, const struct stepout *r)
{
	return verdict_golden(j, r, "the test program", c->opt->bless, 0);
}

/* run.go's exit-status rule before an error check (errorCheck's callers
 * in run()); only errorcheck itself turns a timeout into "compilation
 * timed out". */
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

/* S[0..len) made a string the ERROR reader can walk, in place: NUL
 * bytes, which some tests hold on purpose, become 0x01. */
static char *
nuls_visible(char *s, size_t len)
{
	size_t i;

	for (i = 0; i < len; i++)
		if (!s[i])
			s[i] = 1;
	return s;
}

/* A copy of TEXT[0..len) for the ERROR reader (arena). */
static const char *
comment_text(struct job *j, const char *text, size_t len)
{
	return nuls_visible(arena_strndup(&j->arena, text, len), len);
}

/* The file PATH read for its ERROR comments ("" when unreadable). */
static const char *
read_comments(struct job *j, const char *path)
{
	size_t len = 0;
	char *text = arena_slurp(&j->arena, path, &len);

	return text ? nuls_visible(text, len) : "";
}

/* Match OUTPUT against the ERROR comments of the files FULL[0..n) (their
 * texts in TEXTS, known to the compiler by FULL and printed as SHORT).
 * Return the mismatch message or NULL; a bad comment sets *BAD. */
static char *
check_files(struct job *j, const char *output, char **full, char **shortn,
	    const char **texts, size_t n, char **bad)
{
	struct wantlist w = { 0 };
	char err[512], **msgs;
	size_t i, nmsgs;
	int line;

	*bad = NULL;
	for (i = 0; i < n; i++)
		if (goerror_wanted(&j->arena, texts[i], shortn[i], &w, &line,
				   err, sizeof(err)) < 0) {
			*bad = arena_printf(&j->arena, "%s:%d: %s", shortn[i],
					    line, err);
			return NULL;
		}
	msgs = goerror_split(&j->arena, output,
			     gojob_of(j)->action->traits & T_AUTO, full,
			     shortn, n, &nmsgs);
	return errcheck_match(&j->arena, &w, msgs, nmsgs);
}

static int
check_one(struct job *j, const char *output, char *full, char *shortn,
	  const char *text)
{
	char *bad, *res = check_files(j, output, &full, &shortn, &text, 1,
				      &bad);

	if (bad)
		return verdict_fail(j, "%s", bad);
	return res ? verdict_fail(j, "%s", res) : 0;
}

/* -update_errors: rewrite the test's ERROR comments from OUTPUT; go fmt
 * polishes it next (G_GOFMT). Return 0 when rewritten. */
static int
update_errors(struct job *j, const char *output)
{
	char *text = goerrupdate_text(&j->arena, j->text, output, j->abs);
	FILE *f = fopen(j->abs, "w");

	if (!f || fputs(text, f) == EOF || fclose(f) == EOF) {
		warn("-update_errors: cannot write %s: %s", j->abs,
		     strerror(errno));
		return -1;
	}
	chmod(j->abs, 0640);
	return 0;
}

int
gojudge_errorcheck(struct job *j, const struct ctx *c,
		   const struct stepout *r)
{
	if (exit_rule(j, r, 1))
		return 1;
	if (c->opt->update_errors && update_errors(j, r->out) == 0) {
		/* checked after go fmt, against the rewritten file */
		gojob_of(j)->errout = arena_strndup(&j->arena, r->out, r->len);
		return 0;
	}
	return check_one(j, r->out, j->abs, j->shortname,
			 comment_text(j, j->text, j->textlen));
}

/* After go fmt (its result ignored, as run.go does): the rewritten test
 * against the compiler's output. */
int
gojudge_gofmt(struct job *j, const struct ctx *c, const struct stepout *r)
{
	size_t len;
	char *text = arena_slurp(&j->arena, j->abs, &len);

	(void)c;
	(void)r;
	if (text) {
		j->text = text;
		j->textlen = len;
	}
	return check_one(j, gojob_of(j)->errout, j->abs, j->shortname,
			 comment_text(j, j->text, j->textlen));
}

int
gojudge_gen(struct job *j, const struct ctx *c, const struct stepout *r)
{
	const char *gen = gojob_of(j)->gen;
	FILE *f;

	(void)c;
	if (verdict_exit(j, r, "the generator"))
		return 1;
	f = fopen(gen, "w");
	if (!f || fwrite(r->out, 1, r->len, f) != r->len || fclose(f) == EOF)
		return verdict_fail(j, "cannot write %s: %s", gen,
				    strerror(errno));
	return 0;
}

int
gojudge_gen_check(struct job *j, const struct ctx *c, const struct stepout *r)
{
	struct gojob *g = gojob_of(j);

	(void)c;
	if (exit_rule(j, r, 0))
		return 1;
	return check_one(j, r->out, g->gen, "tmp__.go",
			 read_comments(j, g->gen));
}

/* errorcheckdir: the exit rule of package j->sub (run.go's errorcheckdir
 * case: only the last package, or the one before it under
 * errorcheckandrundir, may fail), then the ERROR comments of all its
 * files. */
int
gojudge_pkg_errcheck(struct job *j, const struct ctx *c,
		     const struct stepout *r)
{
	struct gojob *g = gojob_of(j);
	const struct gopkg *p = &g->pkgs[j->sub];
	int ok = !r->spawn_err && !r->timed_out && !r->dropped && !r->status;
	char **full, *bad, *res;
	const char **texts;
	size_t i;

	(void)c;
	if (j->sub == g->errpkg && j->want_error && ok)
		return verdict_fail(j, "compilation succeeded unexpectedly\n%s",
				    verdict_output(j, r));
	if (!(j->sub == g->errpkg && j->want_error) && !ok)
		return verdict_exit(j, r, "go tool compile");
	full = arena_alloc(&j->arena, p->nfiles * sizeof(*full));
	texts = arena_alloc(&j->arena, p->nfiles * sizeof(*texts));
	for (i = 0; i < p->nfiles; i++) {
		full[i] = arena_printf(&j->arena, "%s/%s", g->dirabs,
				       p->files[i]);
		texts[i] = read_comments(j, full[i]);
	}
	res = check_files(j, r->out, full, p->files, texts, p->nfiles, &bad);
	if (bad)
		return verdict_fail(j, "%s", bad);
	if (!res)
		return 0;
	if (!(g->action->traits & T_ANDRUN))
		return verdict_fail(j, "%s", res);
	g->kept = res;	/* kept, and on to the run */
	j->sub = g->npkgs;
	return 0;
}

int
gojudge_pkg_rundir(struct job *j, const struct ctx *c,
		   const struct stepout *r)
{
	const struct gojob *g = gojob_of(j);
	int may_fail = j->want_error && (g->action->traits & T_ANDRUN) &&
		       j->sub + 2 == g->npkgs;

	(void)c;
	if (may_fail && !r->spawn_err && !r->timed_out && !r->dropped)
		return 0;
	return verdict_exit(j, r, "go tool compile");
}

int
gojudge_asm(struct job *j, const struct ctx *c, const struct stepout *r)
{
	struct gojob *g = gojob_of(j);
	const char *env = g->envs[j->sub];
	char *res;
	size_t i;

	(void)c;
	if (verdict_exit(j, r, "go build")) {
		j->msg = arena_printf(&j->arena, "%s: %s", env, j->msg);
		return 1;
	}
	res = goasmcheck_match(&j->arena, &g->asm, env, r->out, j->abs,
			       j->path);
	if (!res)
		return 0;
	/* run.go logs the listings of the failing functions: show them */
	for (i = 0; i < g->asm.ndumps; i++)
		res = arena_printf(&j->arena, "%s\n%s", res, g->asm.dumps[i]);
	return verdict_fail(j, "%s", res);
}
