/* run.go's operations as rows: each a command template with its folder,
 * repetition and judge, and the placeholders that fill the templates from
 * a test; also the environment every command gets. It builds commands;
 * judging them is gojudge.c's, running them the scheduler's. */
#define _DEFAULT_SOURCE
#include "gojob.h"
#include "flags.h"
#include "godir.h"
#include "goenv.h"
#include "proc.h"
#include "profile.h"
#include "util.h"

#include <stdlib.h>
#include <string.h>
#include <sys/wait.h>

/* The command templates, run.go's own command lines. */
#define T(...) (const char *const[]){ __VA_ARGS__, NULL }

const struct goop goops[G_NOPS] = {
	[G_COMPILE] = { T("{go}", "tool", "compile", "-e", "-p=p", "{flags}",
			  "{abs}"), CWD_TMP, LOOP_NONE, WHEN_ALWAYS, 0,
			gojudge_ok },
	[G_ERRORCHECK] = { T("{go}", "tool", "compile", "-p=p", "-d=panic",
			     "-C", "-e", "-o", "a.o", "{flags}", "{abs}"),
			   CWD_TMP, LOOP_NONE, WHEN_ALWAYS, 0,
			   gojudge_errorcheck },
	[G_GOFMT] = { T("{go}", "fmt", "{abs}"), CWD_ROOT, LOOP_NONE,
		      WHEN_UPDATE, 0, gojudge_gofmt },
	[G_BUILD] = { T("{go}", "build", "{gcflags}", "{flags}", "-o", "a.exe",
			"{abs}"), CWD_TMP, LOOP_NONE, WHEN_ALWAYS, 0,
		      gojudge_ok },
	[G_FAST_COMPILE] = { T("{go}", "tool", "compile", "-p=main", "-o",
			       "{tmp}/pkg.a", "{path}"), CWD_ROOT, LOOP_NONE,
			     WHEN_ALWAYS, 0, gojudge_ok },
	[G_FAST_LINK] = { T("{go}", "tool", "link", "-s", "-w", "-o",
			    "{tmp}/test.exe", "{tmp}/pkg.a"), CWD_ROOT,
			  LOOP_NONE, WHEN_ALWAYS, 0, gojudge_ok },
	[G_FAST_EXE] = { T("{tmp}/test.exe"), CWD_ROOT, LOOP_NONE,
			 WHEN_ALWAYS, 0, gojudge_output },
	[G_GORUN] = { T("{go}", "run", "{gcflags}", "{flags}", "{path}",
			"{args}"), CWD_ROOT, LOOP_NONE, WHEN_ALWAYS, 0,
		      gojudge_output },
	[G_PKG_COMPILE] = { T("{go}", "tool", "compile", "-e", "-D", "test",
			      "-I", ".", "{pkg}", "{flags}", "{pkgfiles}"),
			    CWD_TMP, LOOP_PKGS, WHEN_ALWAYS, 0, gojudge_ok },
	[G_PKG_ERRCHECK] = { T("{go}", "tool", "compile", "-e", "-D", "test",
			       "-I", ".", "{pkg}", "{flags}", "{pkgfiles}"),
			     CWD_TMP, LOOP_PKGS, WHEN_ALWAYS, 0,
			     gojudge_pkg_errcheck },
	[G_PKG_RUNDIR] = { T("{go}", "tool", "compile", "-e", "-D", "test",
			     "-I", ".", "{pkg}", "{compileflags}",
			     "{pkgfiles}"), CWD_TMP, LOOP_PKGS, WHEN_ALWAYS,
			   0, gojudge_pkg_rundir },
	[G_LINK] = { T("{go}", "tool", "link", "-w", "-o", "a.exe", "-L", ".",
		       "{ldflags}", "{linkobj}"), CWD_TMP, LOOP_NONE,
		     WHEN_PKGS, 0, gojudge_ok },
	[G_EXE] = { T("{tmp}/a.exe", "{args}"), CWD_TMP, LOOP_NONE, WHEN_PKGS,
		    0, gojudge_output },
	[G_RUNINDIR] = { T("{go}", "run", "{gcflags}", "{flags}", "."),
			 CWD_GOPATH, LOOP_NONE, WHEN_ALWAYS, 0,
			 gojudge_output },
	[G_BUILDDIR_SYMABIS] = { T("{go}", "tool", "asm", "-p=main",
				   "-gensymabis", "-o", "symabis", "{asms}"),
				 CWD_TMP, LOOP_NONE, WHEN_ASMS, 0,
				 gojudge_ok },
	[G_BUILDDIR_COMPILE] = { T("{go}", "tool", "compile", "-p=main", "-e",
				   "-D", ".", "-I", ".", "-o", "go.o",
				   "{symabis}", "{gos}"), CWD_TMP, LOOP_NONE,
				 WHEN_ALWAYS, 0, gojudge_ok },
	[G_BUILDDIR_ASM] = { T("{go}", "tool", "asm", "-p=main", "-e", "-I",
			       ".", "-o", "asm.o", "{asms}"), CWD_TMP,
			     LOOP_NONE, WHEN_ASMS, 0, gojudge_ok },
	[G_BUILDDIR_PACK] = { T("{go}", "tool", "pack", "c", "all.a", "go.o",
				"{asmobj}"), CWD_TMP, LOOP_NONE, WHEN_ALWAYS,
			      0, gojudge_ok },
	[G_BUILDDIR_LINK] = { T("{go}", "tool", "link", "-o", "a.exe",
				"all.a"), CWD_TMP, LOOP_NONE, WHEN_ALWAYS, 0,
			      gojudge_ok },
	[G_BUILDDIR_EXE] = { T("{tmp}/a.exe"), CWD_TMP, LOOP_NONE,
			     WHEN_ALWAYS, 0, gojudge_output },
	[G_BUILDRUN_BUILD] = { T("{go}", "build", "{gcflags}", "-o", "a.exe",
				 "{flags}", "{abs}"), CWD_TMP, LOOP_NONE,
			       WHEN_ALWAYS, 0, gojudge_ok },
	[G_BUILDRUN_EXE] = { T("./a.exe", "{args}"), CWD_TMP, LOOP_NONE,
			     WHEN_ALWAYS, 0, gojudge_output },
	[G_GEN] = { T("{go}", "run", "{gcflags}", "{path}", "{args}"),
		    CWD_ROOT, LOOP_NONE, WHEN_ALWAYS, 0, gojudge_gen },
	[G_GEN_RUN] = { T("{go}", "run", "{gcflags}", "{gen}"), CWD_ROOT,
			LOOP_NONE, WHEN_ALWAYS, 0, gojudge_output },
	[G_GEN_CHECK] = { T("{go}", "tool", "compile", "-p=p", "-d=panic",
			    "-e", "-o", "a.o", "{flags}", "{gen}"), CWD_TMP,
			  LOOP_NONE, WHEN_ALWAYS, 0, gojudge_gen_check },
	[G_ASM_BUILD] = { T("{go}", "build", "{asmflags}", "{abs}"),
			  CWD_TMP, LOOP_ENVS,
			  WHEN_ALWAYS, 1, gojudge_asm },
};

/* ---- the placeholders ---- */

static void
p_go(struct job *j, const struct ctx *c, struct strlist *l)
{
	arena_push(&j->arena, l, goenv_of(c)->go);
}

/* run.go's goGcflags: always one word, even when empty. */
static void
p_gcflags(struct job *j, const struct ctx *c, struct strlist *l)
{
	arena_push(&j->arena, l, arena_printf(&j->arena, "-gcflags=all=%s",
					      goenv_of(c)->gcflags));
}

static void
p_flags(struct job *j, const struct ctx *c, struct strlist *l)
{
	(void)c;
	arena_push_all(&j->arena, l, gojob_of(j)->flags, gojob_of(j)->nflags);
}

/* rundir's compile: the flags before -ldflags. */
static void
p_compileflags(struct job *j, const struct ctx *c, struct strlist *l)
{
	const struct gojob *g = gojob_of(j);

	(void)c;
	arena_push_all(&j->arena, l, g->flags, g->nflags -
		       (g->ldflags ? g->nldflags + 1 : 0));
}

static void
p_abs(struct job *j, const struct ctx *c, struct strlist *l)
{
	(void)c;
	arena_push(&j->arena, l, j->abs);
}

static void
p_path(struct job *j, const struct ctx *c, struct strlist *l)
{
	(void)c;
	arena_push(&j->arena, l, (char *)j->path);
}

static void
p_args(struct job *j, const struct ctx *c, struct strlist *l)
{
	(void)c;
	arena_push_all(&j->arena, l, j->rec.args, j->rec.nargs);
}

static void
p_gen(struct job *j, const struct ctx *c, struct strlist *l)
{
	(void)c;
	arena_push(&j->arena, l, gojob_of(j)->gen);
}

/* compileInDir's package name and output for package j->sub: -p=main, or
 * -o test/F.a -p test/F after its first file F. */
static void
p_pkg(struct job *j, const struct ctx *c, struct strlist *l)
{
	const struct gopkg *p = &gojob_of(j)->pkgs[j->sub];
	char *f0;

	(void)c;
	if (strcmp(p->name, "main") == 0) {
		arena_push(&j->arena, l, "-p=main");
		return;
	}
	f0 = arena_strdup(&j->arena, p->files[0]);
	if (has_suffix(f0, ".go"))
		f0[strlen(f0) - 3] = '\0';
	arena_push(&j->arena, l, "-o");
	arena_push(&j->arena, l, arena_printf(&j->arena, "test/%s.a", f0));
	arena_push(&j->arena, l, "-p");
	arena_push(&j->arena, l, arena_printf(&j->arena, "test/%s", f0));
}

/* The files of package j->sub, absolute. */
static void
p_pkgfiles(struct job *j, const struct ctx *c, struct strlist *l)
{
	const struct gojob *g = gojob_of(j);
	const struct gopkg *p = &g->pkgs[j->sub];
	size_t i;

	(void)c;
	for (i = 0; i < p->nfiles; i++)
		arena_push(&j->arena, l, arena_printf(&j->arena, "%s/%s",
						      g->dirabs, p->files[i]));
}

static void
p_ldflags(struct job *j, const struct ctx *c, struct strlist *l)
{
	(void)c;
	arena_push_all(&j->arena, l, gojob_of(j)->ldflags,
		       gojob_of(j)->nldflags);
}

/* The object of the last package: its first file, .go made .o. */
static void
p_linkobj(struct job *j, const struct ctx *c, struct strlist *l)
{
	const struct gojob *g = gojob_of(j);

	(void)c;
	arena_push(&j->arena, l, arena_replace(&j->arena,
		   g->pkgs[g->npkgs - 1].files[0], ".go", ".o"));
}

static void
p_gos(struct job *j, const struct ctx *c, struct strlist *l)
{
	(void)c;
	arena_push_all(&j->arena, l, gojob_of(j)->gos, gojob_of(j)->ngos);
}

static void
p_asms(struct job *j, const struct ctx *c, struct strlist *l)
{
	(void)c;
	arena_push_all(&j->arena, l, gojob_of(j)->asms, gojob_of(j)->nasms);
}

/* builddir's compile: the assembly's header and ABIs, when it has any. */
static void
p_symabis(struct job *j, const struct ctx *c, struct strlist *l)
{
	static char *const sym[] = { "-asmhdr", "go_asm.h", "-symabis",
				     "symabis" };

	(void)c;
	if (gojob_of(j)->nasms)
		arena_push_all(&j->arena, l, sym, 4);
}

static void
p_asmobj(struct job *j, const struct ctx *c, struct strlist *l)
{
	(void)c;
	if (gojob_of(j)->nasms)
		arena_push(&j->arena, l, "asm.o");
}

/* asmcheck's flags: -gcflags with the recipe's -gcflags values merged
 * into one "-S=2 …" value, then the recipe's other flags. */
static void
p_asmflags(struct job *j, const struct ctx *c, struct strlist *l)
{
	const struct gojob *g = gojob_of(j);
	struct strlist rest = { 0 };
	char **f = g->flags, *value = "-S=2";
	size_t i, n = g->nflags;

	(void)c;
	for (i = 0; i < n; i++) {
		if (strncmp(f[i], "-gcflags=", 9) == 0)
			value = arena_printf(&j->arena, "%s %s", value,
					     f[i] + 9);
		else if (strncmp(f[i], "--gcflags=", 10) == 0)
			value = arena_printf(&j->arena, "%s %s", value,
					     f[i] + 10);
		else if (strcmp(f[i], "-gcflags") == 0 ||
			 strcmp(f[i], "--gcflags") == 0) {
			if (++i < n)
				value = arena_printf(&j->arena, "%s %s", value,
						     f[i]);
		} else {
			arena_push(&j->arena, &rest, f[i]);
		}
	}
	arena_push(&j->arena, l, "-gcflags");
	arena_push(&j->arena, l, value);
	arena_push_all(&j->arena, l, rest.v, rest.n);
}

static const struct {
	const char *name;
	void (*push)(struct job *, const struct ctx *, struct strlist *);
} placeholders[] = {
	{ "{go}", p_go },
	{ "{gcflags}", p_gcflags },
	{ "{flags}", p_flags },
	{ "{compileflags}", p_compileflags },
	{ "{abs}", p_abs },
	{ "{path}", p_path },
	{ "{args}", p_args },
	{ "{gen}", p_gen },
	{ "{pkg}", p_pkg },
	{ "{pkgfiles}", p_pkgfiles },
	{ "{ldflags}", p_ldflags },
	{ "{linkobj}", p_linkobj },
	{ "{gos}", p_gos },
	{ "{asms}", p_asms },
	{ "{symabis}", p_symabis },
	{ "{asmobj}", p_asmobj },
	{ "{asmflags}", p_asmflags },
};

/* Expand template T into L: "{tmp}/NAME" is the temp folder's NAME, a
 * placeholder its words, any other word itself. */
static void
expand(struct job *j, const struct ctx *c, const char *const *t,
       struct strlist *l)
{
	size_t k;

	for (; *t; t++) {
		if (strncmp(*t, "{tmp}/", 6) == 0) {
			arena_push(&j->arena, l, arena_printf(&j->arena,
				   "%s/%s", j->tmp, *t + 6));
			continue;
		}
		if (**t != '{') {
			arena_push(&j->arena, l, (char *)*t);
			continue;
		}
		for (k = 0; k < sizeof(placeholders) / sizeof(*placeholders);
		     k++)
			if (strcmp(placeholders[k].name, *t) == 0)
				break;
		if (k == sizeof(placeholders) / sizeof(*placeholders))
			bug("goops: unknown placeholder %s", *t);
		placeholders[k].push(j, c, l);
	}
}

/* ---- environments ---- */

/* The environment of run.go's runcmd for this job, run in CWD; TOOL
 * adds what the go command gives the tools it starts (a tool started
 * directly) and the profile's tool_env (compiler, assembler and linker
 * only: never the test program, which "go run" would give it to). */
static char **
run_env(struct job *j, const struct ctx *c, const char *cwd, int tool)
{
	const struct goenv *ge = goenv_of(c);
	const struct gojob *g = gojob_of(j);
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
	if (g->action->traits & T_GOPATH)
		arena_push(&j->arena, &l, arena_printf(&j->arena, "GOPATH=%s",
						       j->tmp));
	arena_push(&j->arena, &l, arena_printf(&j->arena, "PATH=%s/bin%s%s",
		   ge->goroot, path && *path ? ":" : "", path ? path : ""));
	for (i = 0; i < g->rf.nexperiments; i++)
		arena_push(&j->arena, &l, arena_printf(&j->arena,
			   "GOEXPERIMENT=%s%s%s", ge->goexperiment,
			   *ge->goexperiment ? "," : "",
			   g->rf.experiments[i]));
	arena_push(&j->arena, &l, arena_printf(&j->arena, "TMPDIR=%s", j->tmp));
	for (i = 0; g->direct && ge->toolenv[i]; i++)
		arena_push(&j->arena, &l, ge->toolenv[i]);
	for (i = 0; tool && i < c->prof->ntool_env; i++)
		arena_push(&j->arena, &l, c->prof->tool_env[i]);
	return arena_env(&j->arena, l.v, l.n);
}

/* The environment of asmcheck's go build for the current env. */
static char **
asm_env(struct job *j, const struct ctx *c)
{
	const struct gojob *g = gojob_of(j);
	struct strlist l = { 0 };
	char **extra = goasmcheck_env(&j->arena, g->envs[j->sub]);
	size_t i;

	for (i = 0; c->env[i]; i++)
		arena_push(&j->arena, &l, c->env[i]);
	for (i = 0; extra && extra[i]; i++)
		arena_push(&j->arena, &l, extra[i]);
	if (g->nflags && strcmp(g->flags[0], "-race") == 0)
		arena_push(&j->arena, &l, "CGO_ENABLED=1");
	arena_push(&j->arena, &l, arena_printf(&j->arena, "TMPDIR=%s", j->tmp));
	return arena_env(&j->arena, l.v, l.n);
}

/* ---- commands ---- */

static size_t
repetitions(const struct job *j, const struct goop *op)
{
	const struct gojob *g = gojob_of(j);

	return op->loop == LOOP_PKGS ? g->npkgs :
	       op->loop == LOOP_ENVS ? g->nenvs : 1;
}

static int
applies(const struct job *j, const struct goop *op)
{
	const struct gojob *g = gojob_of(j);

	switch (op->when) {
	case WHEN_PKGS:
		return g->npkgs > 0;
	case WHEN_ASMS:
		return g->nasms > 0;
	case WHEN_UPDATE:
		return g->errout != NULL;
	default:
		return 1;
	}
}

/* ARGV, "go tool NAME ARGS", as "$GOTOOLDIR/NAME ARGS" (argv[0] the tool's
 * path, as go tool gives it), when the go command told where its tools
 * are and the job needs nothing of the go command: a test's own
 * GOEXPERIMENT or GOPATH, which the go command would re-read, goes
 * through it.
 * The tool's name, or NULL when ARGV stays as it is. */
static const char *
direct_tool(struct job *j, const struct ctx *c, struct strlist *argv)
{
	const struct goenv *ge = goenv_of(c);

	if (!ge->tooldir || gojob_of(j)->rf.nexperiments ||
	    (gojob_of(j)->action->traits & T_GOPATH))
		return NULL;
	argv->v[2] = arena_printf(&j->arena, "%s/%s", ge->tooldir, argv->v[2]);
	memmove(argv->v, argv->v + 2, (argv->n - 1) * sizeof(char *));
	argv->n -= 2;
	return base_name(argv->v[0]);
}

const struct stepout *
goops_status(struct job *j, const struct stepout *r, struct stepout *buf)
{
	const char *tool = gojob_of(j)->direct;
	char desc[128];

	if (!tool || r->spawn_err || r->timed_out || r->status == 0)
		return r;
	*buf = *r;
	buf->status = 1 << 8;	/* exit status 1, as go tool exits */
	if (WIFSIGNALED(r->status)) {
		proc_describe(r->status, desc, sizeof(desc));
		buf->out = arena_printf(&j->arena, "%.*sgo tool %s: %s\n",
					(int)r->len, r->out, tool, desc);
		buf->len = strlen(buf->out);
	}
	return buf;
}

int
goops_command(struct job *j, const struct ctx *c, const struct goop *op,
	      struct stepcmd *cmd)
{
	struct strlist argv = { 0 };
	const char *cwd;
	int tool;

	if (j->sub >= repetitions(j, op) || !applies(j, op))
		return 1;
	cwd = op->cwd == CWD_TMP ? j->tmp :
	      op->cwd == CWD_GOPATH ? arena_printf(&j->arena, "%s/src/%s",
			j->tmp, base_name(gojob_of(j)->dirabs)) : NULL;
	expand(j, c, op->argv, &argv);
	/* "go tool compile", "go build", "go run", or the program itself */
	tool = op->argv[0] && strcmp(op->argv[0], "{go}") == 0 &&
	       argv.n > 2 && strcmp(argv.v[1], "tool") == 0;
	cmd->name = tool ? argv.v[2] : op->argv[0] &&
		    strcmp(op->argv[0], "{go}") == 0 && argv.n > 1 ?
		    argv.v[1] : "run";
	gojob_of(j)->direct = tool ? direct_tool(j, c, &argv) : NULL;
	cmd->argv = argv.v;
	cmd->cwd = cwd;
	cmd->env = op->asm_env ? asm_env(j, c) : run_env(j, c, cwd, tool);
	cmd->timeout = j->rec.timeout ?
		       j->rec.timeout * (double)goenv_of(c)->timeout_scale :
		       (c->opt->timeout ? c->opt->timeout : c->prof->timeout) *
		       c->opt->timeout_scale;
	return 0;
}

int
goops_advance(struct job *j, const struct goop *op)
{
	if (op->loop != LOOP_NONE && ++j->sub < repetitions(j, op))
		return 1;
	j->sub = 0;
	j->pc++;
	return 0;
}
