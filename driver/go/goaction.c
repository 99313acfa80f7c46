#define _DEFAULT_SOURCE
#include "goaction.h"
#include "gojob.h"
#include "goasmcheck.h"
#include "errcheck.h"
#include "flags.h"
#include "goconstraint.h"
#include "godir.h"
#include "goenv.h"
#include "golden.h"
#include "profile.h"
#include "strbuf.h"
#include "util.h"
#include "verdict.h"

#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>

static const struct goaction actions[] = {
	{ "compile", 0, { G_COMPILE } },
	{ "errorcheck", 1, { G_ERRORCHECK } },
	{ "errorcheckwithauto", 1, { G_ERRORCHECK } },
	{ "build", 0, { G_BUILD } },
	{ "run", 0, { G_FAST_COMPILE, G_FAST_LINK, G_FAST_EXE } },
	{ "compiledir", 0, { G_PKG_COMPILE } },
	{ "errorcheckdir", 1, { G_PKG_ERRCHECK } },
	{ "errorcheckandrundir", 0, { G_PKG_ERRCHECK, G_PKG_RUNDIR, G_LINK,
				      G_EXE } },
	{ "rundir", 0, { G_PKG_RUNDIR, G_LINK, G_EXE } },
	{ "runindir", 0, { G_RUNINDIR } },
	{ "builddir", 0, { G_BD_SYMABIS, G_BD_COMPILE, G_BD_ASM, G_BD_PACK,
			   G_BD_LINK } },
	{ "buildrundir", 0, { G_BD_SYMABIS, G_BD_COMPILE, G_BD_ASM, G_BD_PACK,
			      G_BD_LINK, G_BD_EXE } },
	{ "buildrun", 0, { G_BR_BUILD, G_BR_EXE } },
	{ "runoutput", 0, { G_GEN, G_GEN_RUN } },
	{ "errorcheckoutput", 1, { G_GEN, G_GEN_CHECK } },
	{ "asmcheck", 0, { G_ASM_BUILD } },
	{ "skip", 0, { G_END } },
};

/* run's slow path: go run, when the fast path does not apply. */
static const struct goaction run_slow = { "run", 0, { G_GORUN } };

static const struct goaction *
find(const char *name)
{
	size_t i;

	for (i = 0; i < sizeof(actions) / sizeof(actions[0]); i++)
		if (strcmp(actions[i].name, name) == 0)
			return &actions[i];
	return NULL;
}

/* The tags of the constraint check, from the toolchain. */
static int
constraints_hold(struct job *j, const struct ctx *c,
		 const struct gorecipe *g)
{
	struct gotags t = { c->go->goos, c->go->goarch, c->go->cgo,
			    c->go->gcflags_noopt,
			    (const char *const *)c->go->experiments };
	const char *line;
	size_t len;

	if (c->opt->run_skips ||
	    goconstraint_check(&t, g->header, g->headerlen, &line, &len))
		return 1;
	j->status = ST_SKIP;
	j->msg = arena_strndup(&j->arena, line, len);
	return 0;
}

/* errorcheck: "-d=…,ssa/check/on" merged into the first -d= flag. */
static void
merge_ssa_check(struct job *j, struct gojob *g)
{
	struct strlist l = { 0 };
	size_t i;
	int done = 0;

	for (i = 0; i < j->rec.nflags; i++) {
		if (!done && strncmp(j->rec.flags[i], "-d=", 3) == 0) {
			arena_push(&j->arena, &l, arena_printf(&j->arena,
				   "%s,ssa/check/on", j->rec.flags[i]));
			done = 1;
		} else {
			arena_push(&j->arena, &l, j->rec.flags[i]);
		}
	}
	if (!done)
		arena_push(&j->arena, &l, "-d=ssa/check/on");
	g->flags = l.v;
	g->nflags = l.n;
}

/* Read the test and its recipe; return 1 when that decided it. */
static int
load(struct job *j, const struct ctx *c)
{
	struct gorecipe gr;
	char err[512], *buf;
	size_t len;
	int rc;

	buf = slurp_file(j->path, &len);
	if (!buf)
		return verdict_fail(j, "open %s: %s", j->path, strerror(errno));
	j->text = arena_strndup(&j->arena, buf, len);
	j->textlen = len;
	free(buf);
	rc = recipe_go_cut(j->text, len, j->path, &gr, err, sizeof(err));
	if (rc > 0)
		return verdict_fail(j, "unexpected skip for %s: %s", j->path,
				    err);
	if (rc < 0)
		return verdict_fail(j, "%s: %s", j->path, err);
	if (!constraints_hold(j, c, &gr))
		return 1;
	if (recipe_go_parse(&j->arena, &gr, &j->rec, err, sizeof(err)) < 0)
		return verdict_fail(j, "%s", err);
	j->goaction = find(j->rec.action);
	if (!j->goaction)
		return verdict_fail(j, "unexpected skip for %s: skipped; "
				    "unknown pattern: %s", j->path,
				    j->rec.action);
	if (j->goaction->ops[0] == G_END) {
		if (c->opt->run_skips)
			return verdict_fail(j, "unimplemented action \"skip\"");
		j->status = ST_OK;	/* run.go reports skip as ok */
		return 1;
	}
	return 0;
}

/* The environment of run.go's runcmd for this job. */
static char **
job_env(struct job *j, const struct ctx *c, const char *cwd)
{
	struct strlist l = { 0 };
	size_t i;
	const char *path = getenv("PATH");

	for (i = 0; c->env[i]; i++)
		arena_push(&j->arena, &l, c->env[i]);
	arena_push(&j->arena, &l, "GOENV=off");
	arena_push(&j->arena, &l, "GOFLAGS=");
	if (cwd)
		arena_push(&j->arena, &l, arena_printf(&j->arena, "PWD=%s",
						       cwd));
	if (j->go->in_gopath)
		arena_push(&j->arena, &l, arena_printf(&j->arena, "GOPATH=%s",
						       j->tmp));
	arena_push(&j->arena, &l, arena_printf(&j->arena, "PATH=%s/bin%s%s",
		   c->go->goroot, path && *path ? ":" : "", path ? path : ""));
	for (i = 0; i < j->rec.ngoexperiments; i++)
		arena_push(&j->arena, &l, arena_printf(&j->arena,
			   "GOEXPERIMENT=%s%s%s", c->go->goexperiment,
			   *c->go->goexperiment ? "," : "",
			   j->rec.goexperiments[i]));
	arena_push(&j->arena, &l, arena_printf(&j->arena, "TMPDIR=%s", j->tmp));
	return goops_env_dedup(j, l.v, l.n);
}

/* asmcheck builds only the envs of this host (run.go without
 * -all_codegen). */
static void
host_envs(struct job *j, const struct ctx *c)
{
	struct gojob *g = j->go;
	char *self = arena_printf(&j->arena, "%s/%s", c->go->hostos,
				  c->go->hostarch);
	size_t i, n = strlen(self);

	g->envs = arena_alloc(&j->arena, (g->asm.nenvs + 1) * sizeof(char *));
	for (i = 0; i < g->asm.nenvs; i++)
		if (c->opt->all_codegen || strcmp(g->asm.envs[i], self) == 0 ||
		    (strncmp(g->asm.envs[i], self, n) == 0 &&
		     g->asm.envs[i][n] == '/'))
			g->envs[g->nenvs++] = (char *)g->asm.envs[i];
}

static int
is(const struct job *j, const char *name)
{
	return strcmp(j->goaction->name, name) == 0;
}

/* The packages of NAME.dir, for the actions that compile them one by one;
 * rundir's -ldflags split; errorcheckdir's -d=panic. */
static int
prepare_dir(struct job *j, const struct ctx *c, char *err, size_t errlen)
{
	struct gojob *g = j->go;
	struct strlist l = { 0 };
	long n;
	size_t i;

	if (!is(j, "compiledir") && !is(j, "errorcheckdir") &&
	    !is(j, "errorcheckandrundir") && !is(j, "rundir"))
		return 0;
	n = godir_packages(&j->arena, g->dirabs, j->rec.single, &g->pkgs, err,
			   errlen);
	if (n < 0)
		return -1;
	g->npkgs = (size_t)n;
	g->errpkg = g->npkgs - 1 - (j->want_error &&
				     is(j, "errorcheckandrundir"));
	if (is(j, "errorcheckdir") || is(j, "errorcheckandrundir")) {
		for (i = 0; i < g->nflags; i++)
			arena_push(&j->arena, &l, g->flags[i]);
		arena_push(&j->arena, &l, "-d=panic");
		g->flags = l.v;
		g->nflags = l.n;
	}
	for (i = 0; i < g->nflags; i++)
		if (strcmp(g->flags[i], "-ldflags") == 0) {
			g->ldflags = g->flags + i + 1;
			g->nldflags = g->nflags - i - 1;
			break;
		}
	(void)c;
	return 0;
}

/* builddir's .go and .s files, runindir's GOPATH copy, the generated
 * file of runoutput, asmcheck's checks. */
static int
prepare_files(struct job *j, const struct ctx *c, char *err, size_t errlen)
{
	struct gojob *g = j->go;
	char *dst, *mod;
	long i;
	int line;
	FILE *f;

	g->gen = arena_printf(&j->arena, "%s/tmp__.go", j->tmp);
	if (is(j, "builddir") || is(j, "buildrundir")) {
		g->ngos = godir_files(&j->arena, g->dirabs, ".go", &g->gos, err,
				      errlen);
		g->nasms = godir_files(&j->arena, g->dirabs, ".s", &g->asms,
				       err, errlen);
		if (g->ngos < 0 || g->nasms < 0)
			return -1;
		for (i = 0; i < g->ngos; i++)
			g->gos[i] = arena_printf(&j->arena, "%s/%s", g->dirabs,
						 g->gos[i]);
		for (i = 0; i < g->nasms; i++)
			g->asms[i] = arena_printf(&j->arena, "%s/%s", g->dirabs,
						  g->asms[i]);
		f = g->nasms ? fopen(arena_printf(&j->arena, "%s/go_asm.h",
						  j->tmp), "w") : NULL;
		if (g->nasms && (!f || fclose(f) == EOF)) {
			snprintf(err, errlen, "write empty go_asm.h: %s",
				 strerror(errno));
			return -1;
		}
	}
	if (is(j, "runindir")) {
		g->in_gopath = 1;
		dst = arena_printf(&j->arena, "%s/src", j->tmp);
		mkdir(dst, 0755);
		dst = arena_printf(&j->arena, "%s/%s", dst,
				   base_name(g->dirabs));
		if (godir_overlay(&j->arena, dst, g->dirabs, err, errlen) < 0)
			return -1;
		mod = arena_printf(&j->arena, "%s/go.mod", dst);
		f = fopen(mod, "w");
		if (!f || fprintf(f, "module %s\ngo 1.14\n",
				  base_name(g->dirabs)) < 0 || fclose(f) == EOF) {
			snprintf(err, errlen, "write %s: %s", mod,
				 strerror(errno));
			return -1;
		}
	}
	if (is(j, "asmcheck")) {
		if (asmcheck_parse(&j->arena, j->text, &g->asm, &line, err,
				   errlen) < 0) {
			asmcheck_free(&g->asm);
			return -1;
		}
		host_envs(j, c);
	}
	return 0;
}

/* Prepare the per-action state; return 1 when that decided the job. */
static int
prepare(struct job *j, const struct ctx *c)
{
	struct gojob *g = j->go;
	char err[512];

	if (strcmp(j->rec.action, "errorcheckwithauto") == 0)
		g->want_auto = 1;
	g->flags = j->rec.flags;
	g->nflags = j->rec.nflags;
	if (strcmp(j->goaction->name, "errorcheck") == 0 || g->want_auto)
		merge_ssa_check(j, g);
	if (strcmp(j->goaction->name, "run") == 0 && (j->rec.nflags ||
	    j->rec.nargs || *c->go->gcflags || j->rec.ngoexperiments ||
	    strcmp(c->go->goos, c->go->hostos) ||
	    strcmp(c->go->goarch, c->go->hostarch)))
		j->goaction = &run_slow;
	if (prepare_dir(j, c, err, sizeof(err)) < 0 ||
	    prepare_files(j, c, err, sizeof(err)) < 0)
		return verdict_fail(j, "%s", err);
	return 0;
}

int
goaction_start(struct job *j, const struct ctx *c)
{
	struct gojob *g;
	char *copy;
	FILE *f;

	if (load(j, c))
		return 1;
	g = j->go = arena_alloc(&j->arena, sizeof(*g));
	g->abs = arena_printf(&j->arena, "%s/%s", c->cwd, j->path);
	j->abs = g->abs;
	j->shortname = arena_strdup(&j->arena, base_name(j->path));
	j->absdir = arena_strndup(&j->arena, g->abs,
				  (size_t)(base_name(g->abs) - g->abs));
	j->reldir = arena_strndup(&j->arena, j->path,
				  (size_t)(base_name(j->path) - j->path));
	g->dirabs = arena_printf(&j->arena, "%s%s", j->absdir,
				 arena_replace(&j->arena, j->shortname, ".go",
					       ".dir"));
	j->want_error = j->rec.want_error >= 0 ? j->rec.want_error :
			j->goaction->want_error;
	j->gated = strcmp(j->goaction->name, "runoutput") == 0;
	j->expect_fail = !c->opt->no_known && verdict_known(j, c);
	j->tmp = arena_printf(&j->arena, "%s/%05zu-%s", c->tmproot, j->index,
			      j->shortname);
	if (mkdir(j->tmp, 0700) < 0 ||
	    mkdir(arena_printf(&j->arena, "%s/test", j->tmp), 0755) < 0) {
		verdict_fail(j, "cannot create %s: %s", j->tmp,
			     strerror(errno));
		return 1;
	}
	copy = arena_printf(&j->arena, "%s/%s", j->tmp, j->shortname);
	f = fopen(copy, "w");
	if (!f || fwrite(j->text, 1, j->textlen, f) != j->textlen ||
	    fclose(f) == EOF)
		return verdict_fail(j, "cannot write %s", copy);
	return prepare(j, c);
}

int
goaction_next(struct job *j, const struct ctx *c, const struct stepout *prev,
	      struct stepcmd *cmd)
{
	const struct gop_def *op;
	struct strlist argv = { 0 };
	const char *cwd;
	double t;

	for (;;) {
		if (prev) {
			op = &gop_defs[j->goaction->ops[j->pc]];
			if (op->judge(j, c, prev)) {
				goops_release(j);
				return verdict_settle(j);
			}
			prev = NULL;
			if (goops_advance(j, op))
				continue;	/* the same op again */
		}
		if (j->pc >= GO_MAXOPS || j->goaction->ops[j->pc] == G_END) {
			if (j->go->kept)
				verdict_fail(j, "%s", j->go->kept);
			else
				j->status = ST_OK;
			goops_release(j);
			return verdict_settle(j);
		}
		op = &gop_defs[j->goaction->ops[j->pc]];
		argv.n = 0;
		cwd = j->tmp;
		if (op->build(j, c, &argv, &cwd) == 0)
			break;
		j->pc++;	/* nothing to do for this op */
	}
	t = j->rec.timeout ? j->rec.timeout * (double)c->go->timeout_scale :
	    (c->opt->timeout ? c->opt->timeout : c->prof->timeout) *
	    c->opt->timeout_scale;
	cmd->argv = argv.v;
	cmd->cwd = cwd;
	cmd->env = j->goaction->ops[j->pc] == G_ASM_BUILD ?
		   goops_asm_env(j, c) : job_env(j, c, cwd);
	cmd->timeout = t;
	return 1;
}
