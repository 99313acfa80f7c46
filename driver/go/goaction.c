/* run.go's actions: the table of actions with their traits and
 * operations, a test's start (read, run.go's recipe, constraint and skip
 * rules, what its action needs prepared) and its state machine over the
 * operations. Commands are goops.c's, judging gojudge.c's. */
#define _DEFAULT_SOURCE
#include "gojob.h"
#include "flags.h"
#include "goconstraint.h"
#include "godir.h"
#include "goenv.h"
#include "util.h"
#include "verdict.h"

#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>

/* run's slow path: go run, when the fast path does not apply. */
static const struct goaction run_slow = { "run", 0, 0, { G_GORUN }, NULL };

static const struct goaction actions[] = {
	{ "compile", 0, 0, { G_COMPILE }, NULL },
	{ "errorcheck", 1, T_SSACHECK, { G_ERRORCHECK, G_GOFMT }, NULL },
	{ "errorcheckwithauto", 1, T_SSACHECK | T_AUTO,
	  { G_ERRORCHECK, G_GOFMT }, NULL },
	{ "build", 0, 0, { G_BUILD }, NULL },
	{ "run", 0, 0, { G_FAST_COMPILE, G_FAST_LINK, G_FAST_EXE },
	  &run_slow },
	{ "compiledir", 0, T_PKGS, { G_PKG_COMPILE }, NULL },
	{ "errorcheckdir", 1, T_PKGS | T_DPANIC, { G_PKG_ERRCHECK }, NULL },
	{ "errorcheckandrundir", 0, T_PKGS | T_DPANIC | T_ANDRUN,
	  { G_PKG_ERRCHECK, G_PKG_RUNDIR, G_LINK, G_EXE }, NULL },
	{ "rundir", 0, T_PKGS, { G_PKG_RUNDIR, G_LINK, G_EXE }, NULL },
	{ "runindir", 0, T_GOPATH, { G_RUNINDIR }, NULL },
	{ "builddir", 0, T_DIRFILES,
	  { G_BUILDDIR_SYMABIS, G_BUILDDIR_COMPILE, G_BUILDDIR_ASM,
	    G_BUILDDIR_PACK, G_BUILDDIR_LINK }, NULL },
	{ "buildrundir", 0, T_DIRFILES,
	  { G_BUILDDIR_SYMABIS, G_BUILDDIR_COMPILE, G_BUILDDIR_ASM,
	    G_BUILDDIR_PACK, G_BUILDDIR_LINK, G_BUILDDIR_EXE }, NULL },
	{ "buildrun", 0, 0, { G_BUILDRUN_BUILD, G_BUILDRUN_EXE }, NULL },
	{ "runoutput", 0, T_GATED, { G_GEN, G_GEN_RUN }, NULL },
	{ "errorcheckoutput", 1, 0, { G_GEN, G_GEN_CHECK }, NULL },
	{ "asmcheck", 0, T_ASMCHECKS, { G_ASM_BUILD }, NULL },
	{ "skip", 0, 0, { G_END }, NULL },
};

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
		 const struct gorecipe *gr)
{
	const struct goenv *ge = goenv_of(c);
	struct gotags t = { ge->goos, ge->goarch, ge->cgo, ge->gcflags_noopt,
			    (const char *const *)ge->experiments };
	const char *line;
	size_t len;

	if (c->opt->run_skips ||
	    goconstraint_check(&t, gr->header, gr->headerlen, &line, &len))
		return 1;
	j->status = ST_SKIP;
	j->msg = arena_strndup(&j->arena, line, len);
	return 0;
}

/* Read the test and its recipe; return 1 when that decided it. */
static int
load(struct job *j, const struct ctx *c)
{
	struct gojob *g = gojob_of(j);
	struct gorecipe gr;
	char err[512];
	int rc;

	j->text = arena_slurp(&j->arena, j->path, &j->textlen);
	if (!j->text)
		return verdict_fail(j, "open %s: %s", j->path, strerror(errno));
	rc = gorecipe_cut(j->text, j->textlen, j->path, &gr, err,
			  sizeof(err));
	if (rc > 0)
		return verdict_fail(j, "unexpected skip for %s: %s", j->path,
				    err);
	if (rc < 0)
		return verdict_fail(j, "%s: %s", j->path, err);
	if (!constraints_hold(j, c, &gr))
		return 1;
	if (gorecipe_parse(&j->arena, &gr, &j->rec, &g->rf, err,
			   sizeof(err)) < 0)
		return verdict_fail(j, "%s", err);
	g->action = find(j->rec.action);
	if (!g->action)
		return verdict_fail(j, "unexpected skip for %s: skipped; "
				    "unknown pattern: %s", j->path,
				    j->rec.action);
	if (g->action->ops[0] == G_END) {
		if (c->opt->run_skips)
			return verdict_fail(j, "unimplemented action \"skip\"");
		j->status = ST_OK;	/* run.go reports skip as ok */
		return 1;
	}
	return 0;
}

/* errorcheck: "-d=…,ssa/check/on" merged into the first -d= flag. */
static void
merge_ssa_check(struct job *j, struct gojob *g)
{
	struct strlist l = { 0 };
	size_t i;
	int done = 0;

	for (i = 0; i < g->nflags; i++) {
		if (!done && strncmp(g->flags[i], "-d=", 3) == 0) {
			arena_push(&j->arena, &l, arena_printf(&j->arena,
				   "%s,ssa/check/on", g->flags[i]));
			done = 1;
		} else {
			arena_push(&j->arena, &l, g->flags[i]);
		}
	}
	if (!done)
		arena_push(&j->arena, &l, "-d=ssa/check/on");
	g->flags = l.v;
	g->nflags = l.n;
}

/* The packages of NAME.dir, for the actions that compile them one by one;
 * errorcheckdir's -d=panic; rundir's -ldflags split. */
static int
prepare_pkgs(struct job *j, char *err, size_t errlen)
{
	struct gojob *g = gojob_of(j);
	struct strlist l = { 0 };
	long n;
	size_t i;

	n = godir_packages(&j->arena, g->dirabs, g->rf.single, &g->pkgs, err,
			   errlen);
	if (n < 0)
		return -1;
	g->npkgs = (size_t)n;
	g->errpkg = g->npkgs - 1 - (j->want_error &&
				     (g->action->traits & T_ANDRUN));
	if (g->action->traits & T_DPANIC) {
		arena_push_all(&j->arena, &l, g->flags, g->nflags);
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
	return 0;
}

/* The FILES[0..n) of NAME.dir as absolute paths. */
static void
absolute(struct job *j, char **files, size_t n)
{
	size_t i;

	for (i = 0; i < n; i++)
		files[i] = arena_printf(&j->arena, "%s/%s",
					gojob_of(j)->dirabs, files[i]);
}

/* builddir's .go and .s files, and the empty go_asm.h it needs. */
static int
prepare_dirfiles(struct job *j, char *err, size_t errlen)
{
	struct gojob *g = gojob_of(j);
	long ngos, nasms;
	FILE *f;

	ngos = godir_files(&j->arena, g->dirabs, ".go", &g->gos, err, errlen);
	nasms = godir_files(&j->arena, g->dirabs, ".s", &g->asms, err,
			    errlen);
	if (ngos < 0 || nasms < 0)
		return -1;
	g->ngos = (size_t)ngos;
	g->nasms = (size_t)nasms;
	absolute(j, g->gos, g->ngos);
	absolute(j, g->asms, g->nasms);
	if (!g->nasms)
		return 0;
	f = fopen(arena_printf(&j->arena, "%s/go_asm.h", j->tmp), "w");
	if (!f || fclose(f) == EOF) {
		snprintf(err, errlen, "write empty go_asm.h: %s",
			 strerror(errno));
		return -1;
	}
	return 0;
}

/* runindir: NAME.dir copied into TMP/src with a go.mod. */
static int
prepare_gopath(struct job *j, char *err, size_t errlen)
{
	const char *dirabs = gojob_of(j)->dirabs;
	char *dst, *mod;
	FILE *f;

	dst = arena_printf(&j->arena, "%s/src", j->tmp);
	mkdir(dst, 0755);
	dst = arena_printf(&j->arena, "%s/%s", dst, base_name(dirabs));
	if (godir_overlay(&j->arena, dst, dirabs, err, errlen) < 0)
		return -1;
	mod = arena_printf(&j->arena, "%s/go.mod", dst);
	f = fopen(mod, "w");
	if (!f || fprintf(f, "module %s\ngo 1.14\n", base_name(dirabs)) < 0 ||
	    fclose(f) == EOF) {
		snprintf(err, errlen, "write %s: %s", mod, strerror(errno));
		return -1;
	}
	return 0;
}

/* asmcheck: the checks of the test, and the envs this host builds
 * (run.go without -all_codegen: only its own GOOS/GOARCH). */
static int
prepare_asmchecks(struct job *j, const struct ctx *c, char *err,
		  size_t errlen)
{
	struct gojob *g = gojob_of(j);
	const struct goenv *ge = goenv_of(c);
	char *self = arena_printf(&j->arena, "%s/%s", ge->hostos,
				  ge->hostarch);
	size_t i, n = strlen(self);
	int line;

	if (goasmcheck_parse(&j->arena, j->text, &g->asm, &line, err,
			     errlen) < 0)
		return -1;
	g->envs = arena_alloc(&j->arena, (g->asm.nenvs + 1) * sizeof(char *));
	for (i = 0; i < g->asm.nenvs; i++)
		if (c->opt->all_codegen || strcmp(g->asm.envs[i], self) == 0 ||
		    (strncmp(g->asm.envs[i], self, n) == 0 &&
		     g->asm.envs[i][n] == '/'))
			g->envs[g->nenvs++] = (char *)g->asm.envs[i];
	return 0;
}

/* Is run.go's fast path for run off: flags, arguments, $GO_GCFLAGS, an
 * experiment, or a cross build? */
static int
slow_path(const struct job *j, const struct ctx *c)
{
	const struct goenv *ge = goenv_of(c);

	return j->rec.nflags || j->rec.nargs || *ge->gcflags ||
	       gojob_of(j)->rf.nexperiments || strcmp(ge->goos, ge->hostos) ||
	       strcmp(ge->goarch, ge->hostarch);
}

/* Prepare what the action's traits ask for; return 1 when that decided
 * the job. */
static int
prepare(struct job *j, const struct ctx *c)
{
	struct gojob *g = gojob_of(j);
	unsigned t;
	char err[512];

	g->flags = j->rec.flags;
	g->nflags = j->rec.nflags;
	if (g->action->slow && slow_path(j, c))
		g->action = g->action->slow;
	t = g->action->traits;
	if (t & T_SSACHECK)
		merge_ssa_check(j, g);
	g->gen = arena_printf(&j->arena, "%s/tmp__.go", j->tmp);
	if (((t & T_PKGS) && prepare_pkgs(j, err, sizeof(err)) < 0) ||
	    ((t & T_DIRFILES) && prepare_dirfiles(j, err, sizeof(err)) < 0) ||
	    ((t & T_GOPATH) && prepare_gopath(j, err, sizeof(err)) < 0) ||
	    ((t & T_ASMCHECKS) &&
	     prepare_asmchecks(j, c, err, sizeof(err)) < 0))
		return verdict_fail(j, "%s", err);
	return 0;
}

int
goaction_start(struct job *j, const struct ctx *c)
{
	struct gojob *g = arena_alloc(&j->arena, sizeof(*g));
	char *copy;
	FILE *f;

	j->state = g;
	if (load(j, c))
		return 1;
	j->abs = arena_printf(&j->arena, "%s/%s", c->cwd, j->path);
	j->shortname = arena_strdup(&j->arena, base_name(j->path));
	j->absdir = arena_strndup(&j->arena, j->abs,
				  (size_t)(base_name(j->abs) - j->abs));
	j->reldir = arena_strndup(&j->arena, j->path,
				  (size_t)(base_name(j->path) - j->path));
	g->dirabs = arena_printf(&j->arena, "%s%s", j->absdir,
				 arena_replace(&j->arena, j->shortname, ".go",
					       ".dir"));
	j->want_error = j->rec.want_error >= 0 ? j->rec.want_error :
			g->action->want_error;
	j->gated = (g->action->traits & T_GATED) != 0;
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
	struct gojob *g = gojob_of(j);
	const struct goop *op;
	struct stepout as_go;

	if (prev) {
		op = &goops[g->action->ops[j->pc]];
		if (op->judge(j, c, goops_status(j, prev, &as_go)))
			return 0;
		goops_advance(j, op);
	}
	for (;; j->pc++) {
		if (j->pc >= GO_MAXOPS || g->action->ops[j->pc] == G_END) {
			if (g->kept)
				verdict_fail(j, "%s", g->kept);
			else
				j->status = ST_OK;
			return 0;
		}
		op = &goops[g->action->ops[j->pc]];
		if (goops_command(j, c, op, cmd) == 0)
			return 1;
	}
}
