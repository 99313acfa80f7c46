#define _DEFAULT_SOURCE
#include "gojob.h"
#include "errcheck.h"
#include "godir.h"
#include "goenv.h"
#include "golden.h"
#include "flags.h"
#include "util.h"
#include "verdict.h"

#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

/* Push the go command and then each of the NULL-terminated WORDS. */
static void
go_cmd(struct job *j, const struct ctx *c, struct strlist *l,
       const char *const *words)
{
	arena_push(&j->arena, l, c->go->go);
	for (; *words; words++)
		arena_push(&j->arena, l, (char *)*words);
}

/* run.go's goGcflags: always one word, even when empty. */
static char *
gcf(struct job *j, const struct ctx *c)
{
	return arena_printf(&j->arena, "-gcflags=all=%s", c->go->gcflags);
}

static char *
tmp_path(struct job *j, const char *name)
{
	return arena_printf(&j->arena, "%s/%s", j->tmp, name);
}

static int
b_compile(struct job *j, const struct ctx *c, struct strlist *l,
	  const char **cwd)
{
	static const char *const w[] = { "tool", "compile", "-e", "-p=p", NULL };

	(void)cwd;
	go_cmd(j, c, l, w);
	arena_push_all(&j->arena, l, j->go->flags, j->go->nflags);
	arena_push(&j->arena, l, j->go->abs);
	return 0;
}

static int
b_errorcheck(struct job *j, const struct ctx *c, struct strlist *l,
	     const char **cwd)
{
	static const char *const w[] = { "tool", "compile", "-p=p",
					 "-d=panic", "-C", "-e", "-o", "a.o",
					 NULL };

	(void)cwd;
	go_cmd(j, c, l, w);
	arena_push_all(&j->arena, l, j->go->flags, j->go->nflags);
	arena_push(&j->arena, l, j->go->abs);
	return 0;
}

static int
b_build(struct job *j, const struct ctx *c, struct strlist *l,
	const char **cwd)
{
	static const char *const w[] = { "build", NULL };

	(void)cwd;
	go_cmd(j, c, l, w);
	arena_push(&j->arena, l, gcf(j, c));
	arena_push_all(&j->arena, l, j->go->flags, j->go->nflags);
	arena_push(&j->arena, l, "-o");
	arena_push(&j->arena, l, "a.exe");
	arena_push(&j->arena, l, j->go->abs);
	return 0;
}

static int
b_fast_compile(struct job *j, const struct ctx *c, struct strlist *l,
	       const char **cwd)
{
	static const char *const w[] = { "tool", "compile", "-p=main", "-o",
					 NULL };

	*cwd = NULL;
	go_cmd(j, c, l, w);
	arena_push(&j->arena, l, tmp_path(j, "pkg.a"));
	arena_push(&j->arena, l, (char *)j->path);
	return 0;
}

static int
b_fast_link(struct job *j, const struct ctx *c, struct strlist *l,
	    const char **cwd)
{
	static const char *const w[] = { "tool", "link", "-s", "-w", "-o",
					 NULL };

	*cwd = NULL;
	go_cmd(j, c, l, w);
	arena_push(&j->arena, l, tmp_path(j, "test.exe"));
	arena_push(&j->arena, l, tmp_path(j, "pkg.a"));
	return 0;
}

static int
b_fast_exe(struct job *j, const struct ctx *c, struct strlist *l,
	   const char **cwd)
{
	(void)c;
	*cwd = NULL;
	arena_push(&j->arena, l, tmp_path(j, "test.exe"));
	return 0;
}

/* go run GCF [flags] FILE [args], in CWD: run's slow path, and runoutput's
 * two programs (FLAGS false: runoutput ignores the recipe flags). */
static void
go_run(struct job *j, const struct ctx *c, struct strlist *l, int flags,
       char *file, int args)
{
	static const char *const w[] = { "run", NULL };

	go_cmd(j, c, l, w);
	arena_push(&j->arena, l, gcf(j, c));
	if (flags)
		arena_push_all(&j->arena, l, j->go->flags, j->go->nflags);
	arena_push(&j->arena, l, file);
	if (args)
		arena_push_all(&j->arena, l, j->rec.args, j->rec.nargs);
}

static int
b_gorun(struct job *j, const struct ctx *c, struct strlist *l,
	const char **cwd)
{
	*cwd = NULL;
	go_run(j, c, l, 1, (char *)j->path, 1);
	return 0;
}

static int
b_gen(struct job *j, const struct ctx *c, struct strlist *l, const char **cwd)
{
	*cwd = NULL;
	go_run(j, c, l, 0, (char *)j->path, 1);
	return 0;
}

static int
b_gen_run(struct job *j, const struct ctx *c, struct strlist *l,
	  const char **cwd)
{
	*cwd = NULL;
	go_run(j, c, l, 0, j->go->gen, 0);
	return 0;
}

static int
b_gen_check(struct job *j, const struct ctx *c, struct strlist *l,
	    const char **cwd)
{
	static const char *const w[] = { "tool", "compile", "-p=p",
					 "-d=panic", "-e", "-o", "a.o", NULL };

	(void)cwd;	/* TMP, not run.go's CWD: a.o stays out of the tree */
	go_cmd(j, c, l, w);
	arena_push_all(&j->arena, l, j->go->flags, j->go->nflags);
	arena_push(&j->arena, l, j->go->gen);
	return 0;
}

/* run.go's compileInDir for package j->sub, with FLAGS. */
static int
compile_in_dir(struct job *j, const struct ctx *c, struct strlist *l,
	       char *const *flags, size_t nflags)
{
	static const char *const w[] = { "tool", "compile", "-e", "-D", "test",
					 "-I", ".", NULL };
	const struct gopkg *p = &j->go->pkgs[j->sub];
	char *f0;
	size_t i;

	if (j->sub >= j->go->npkgs)
		return 1;
	go_cmd(j, c, l, w);
	if (strcmp(p->name, "main") == 0) {
		arena_push(&j->arena, l, "-p=main");
	} else {
		f0 = arena_strdup(&j->arena, p->files[0]);
		if (has_suffix(f0, ".go"))
			f0[strlen(f0) - 3] = '\0';
		arena_push(&j->arena, l, "-o");
		arena_push(&j->arena, l, arena_printf(&j->arena, "test/%s.a",
						      f0));
		arena_push(&j->arena, l, "-p");
		arena_push(&j->arena, l, arena_printf(&j->arena, "test/%s", f0));
	}
	arena_push_all(&j->arena, l, flags, nflags);
	for (i = 0; i < p->nfiles; i++)
		arena_push(&j->arena, l, arena_printf(&j->arena, "%s/%s",
						      j->go->dirabs,
						      p->files[i]));
	return 0;
}

static int
b_pkg_compile(struct job *j, const struct ctx *c, struct strlist *l,
	      const char **cwd)
{
	(void)cwd;
	return compile_in_dir(j, c, l, j->go->flags, j->go->nflags);
}

static int
b_pkg_rundir(struct job *j, const struct ctx *c, struct strlist *l,
	     const char **cwd)
{
	size_t n = j->go->nflags - (j->go->ldflags ? j->go->nldflags + 1 : 0);

	(void)cwd;
	return compile_in_dir(j, c, l, j->go->flags, n);
}

static int
b_link(struct job *j, const struct ctx *c, struct strlist *l,
       const char **cwd)
{
	static const char *const w[] = { "tool", "link", "-w", "-o", "a.exe",
					 "-L", ".", NULL };
	const struct gopkg *p;

	(void)cwd;
	if (!j->go->npkgs)
		return 1;
	p = &j->go->pkgs[j->go->npkgs - 1];
	go_cmd(j, c, l, w);
	arena_push_all(&j->arena, l, j->go->ldflags, j->go->nldflags);
	arena_push(&j->arena, l, arena_replace(&j->arena, p->files[0], ".go",
					       ".o"));
	return 0;
}

static int
b_exe(struct job *j, const struct ctx *c, struct strlist *l, const char **cwd)
{
	(void)c;
	(void)cwd;
	if (!j->go->npkgs)
		return 1;
	arena_push(&j->arena, l, tmp_path(j, "a.exe"));
	arena_push_all(&j->arena, l, j->rec.args, j->rec.nargs);
	return 0;
}

static int
b_runindir(struct job *j, const struct ctx *c, struct strlist *l,
	   const char **cwd)
{
	static const char *const w[] = { "run", NULL };

	*cwd = arena_printf(&j->arena, "%s/src/%s", j->tmp,
			    base_name(j->go->dirabs));
	go_cmd(j, c, l, w);
	arena_push(&j->arena, l, gcf(j, c));
	arena_push_all(&j->arena, l, j->go->flags, j->go->nflags);
	arena_push(&j->arena, l, ".");
	return 0;
}

/* go tool asm WORDS + the .s files; nothing when there are none. */
static int
asm_cmd(struct job *j, const struct ctx *c, struct strlist *l,
	const char *const *w)
{
	if (!j->go->nasms)
		return 1;
	go_cmd(j, c, l, w);
	arena_push_all(&j->arena, l, j->go->asms, (size_t)j->go->nasms);
	return 0;
}

static int
b_bd_symabis(struct job *j, const struct ctx *c, struct strlist *l,
	     const char **cwd)
{
	static const char *const w[] = { "tool", "asm", "-p=main",
					 "-gensymabis", "-o", "symabis", NULL };

	(void)cwd;
	return asm_cmd(j, c, l, w);
}

static int
b_bd_compile(struct job *j, const struct ctx *c, struct strlist *l,
	     const char **cwd)
{
	static const char *const w[] = { "tool", "compile", "-p=main", "-e",
					 "-D", ".", "-I", ".", "-o", "go.o",
					 NULL };
	static const char *const sym[] = { "-asmhdr", "go_asm.h", "-symabis",
					   "symabis" };

	(void)cwd;
	go_cmd(j, c, l, w);
	if (j->go->nasms)
		arena_push_all(&j->arena, l, (char *const *)sym, 4);
	arena_push_all(&j->arena, l, j->go->gos, (size_t)j->go->ngos);
	return 0;
}

static int
b_bd_asm(struct job *j, const struct ctx *c, struct strlist *l,
	 const char **cwd)
{
	static const char *const w[] = { "tool", "asm", "-p=main", "-e", "-I",
					 ".", "-o", "asm.o", NULL };

	(void)cwd;
	return asm_cmd(j, c, l, w);
}

static int
b_bd_pack(struct job *j, const struct ctx *c, struct strlist *l,
	  const char **cwd)
{
	static const char *const w[] = { "tool", "pack", "c", "all.a", "go.o",
					 NULL };

	(void)cwd;
	go_cmd(j, c, l, w);
	if (j->go->nasms)
		arena_push(&j->arena, l, "asm.o");
	return 0;
}

static int
b_bd_link(struct job *j, const struct ctx *c, struct strlist *l,
	  const char **cwd)
{
	static const char *const w[] = { "tool", "link", "-o", "a.exe",
					 "all.a", NULL };

	(void)cwd;
	go_cmd(j, c, l, w);
	return 0;
}

static int
b_bd_exe(struct job *j, const struct ctx *c, struct strlist *l,
	 const char **cwd)
{
	(void)c;
	(void)cwd;
	arena_push(&j->arena, l, tmp_path(j, "a.exe"));
	return 0;
}

static int
b_br_build(struct job *j, const struct ctx *c, struct strlist *l,
	   const char **cwd)
{
	static const char *const w[] = { "build", NULL };

	(void)cwd;
	go_cmd(j, c, l, w);
	arena_push(&j->arena, l, gcf(j, c));
	arena_push(&j->arena, l, "-o");
	arena_push(&j->arena, l, "a.exe");
	arena_push_all(&j->arena, l, j->go->flags, j->go->nflags);
	arena_push(&j->arena, l, j->go->abs);
	return 0;
}

static int
b_br_exe(struct job *j, const struct ctx *c, struct strlist *l,
	 const char **cwd)
{
	(void)c;
	(void)cwd;
	arena_push(&j->arena, l, "./a.exe");
	arena_push_all(&j->arena, l, j->rec.args, j->rec.nargs);
	return 0;
}

/* asmcheck: go build -gcflags "-S=2 …" flags ABS for env j->sub, with
 * the recipe's -gcflags merged into the one value. */
static int
b_asm_build(struct job *j, const struct ctx *c, struct strlist *l,
	    const char **cwd)
{
	static const char *const w[] = { "build", "-gcflags", NULL };
	struct strlist rest = { 0 };
	char **f = j->go->flags, *value = "-S=2";
	size_t i, n = j->go->nflags;

	(void)cwd;
	if (j->sub >= j->go->nenvs)
		return 1;
	for (i = 0; i < n; i++) {
		if (strncmp(f[i], "-gcflags=", 9) == 0)
			value = arena_printf(&j->arena, "%s %s", value, f[i] + 9);
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
	go_cmd(j, c, l, w);
	arena_push(&j->arena, l, value);
	arena_push_all(&j->arena, l, rest.v, rest.n);
	arena_push(&j->arena, l, j->go->abs);
	return 0;
}

const struct gop_def gop_defs[G_NOPS] = {
	[G_COMPILE] = { LOOP_NONE, b_compile, gojudge_ok },
	[G_ERRORCHECK] = { LOOP_NONE, b_errorcheck, gojudge_errorcheck },
	[G_BUILD] = { LOOP_NONE, b_build, gojudge_ok },
	[G_FAST_COMPILE] = { LOOP_NONE, b_fast_compile, gojudge_ok },
	[G_FAST_LINK] = { LOOP_NONE, b_fast_link, gojudge_ok },
	[G_FAST_EXE] = { LOOP_NONE, b_fast_exe, gojudge_output },
	[G_GORUN] = { LOOP_NONE, b_gorun, gojudge_output },
	[G_PKG_COMPILE] = { LOOP_PKGS, b_pkg_compile, gojudge_ok },
	[G_PKG_ERRCHECK] = { LOOP_PKGS, b_pkg_compile, gojudge_pkg_errcheck },
	[G_PKG_RUNDIR] = { LOOP_PKGS, b_pkg_rundir, gojudge_pkg_rundir },
	[G_LINK] = { LOOP_NONE, b_link, gojudge_ok },
	[G_EXE] = { LOOP_NONE, b_exe, gojudge_output },
	[G_RUNINDIR] = { LOOP_NONE, b_runindir, gojudge_output },
	[G_BD_SYMABIS] = { LOOP_NONE, b_bd_symabis, gojudge_ok },
	[G_BD_COMPILE] = { LOOP_NONE, b_bd_compile, gojudge_ok },
	[G_BD_ASM] = { LOOP_NONE, b_bd_asm, gojudge_ok },
	[G_BD_PACK] = { LOOP_NONE, b_bd_pack, gojudge_ok },
	[G_BD_LINK] = { LOOP_NONE, b_bd_link, gojudge_ok },
	[G_BD_EXE] = { LOOP_NONE, b_bd_exe, gojudge_output },
	[G_BR_BUILD] = { LOOP_NONE, b_br_build, gojudge_ok },
	[G_BR_EXE] = { LOOP_NONE, b_br_exe, gojudge_output },
	[G_GEN] = { LOOP_NONE, b_gen, gojudge_gen },
	[G_GEN_RUN] = { LOOP_NONE, b_gen_run, gojudge_output },
	[G_GEN_CHECK] = { LOOP_NONE, b_gen_check, gojudge_gen_check },
	[G_ASM_BUILD] = { LOOP_ENVS, b_asm_build, gojudge_asm },
};
