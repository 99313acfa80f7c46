#ifndef RUNDRIVER_GOJOB_H
#define RUNDRIVER_GOJOB_H

/* The inside of the Go dialect, shared by goaction.c (the rows) and
 * goops.c (the operations). Nothing else includes it. */

#include <stddef.h>

#include "arena.h"
#include "goasmcheck.h"
#include "job.h"

struct gopkg;

/* run.go 1.19's operations; an action is a row of them. */
enum gop {
	G_END,
	G_COMPILE,		/* go tool compile -e -p=p */
	G_ERRORCHECK,		/* go tool compile -C, then the ERROR match */
	G_BUILD,		/* go build -o a.exe */
	G_FAST_COMPILE,		/* run's fast path: compile to pkg.a */
	G_FAST_LINK,		/* ... link test.exe */
	G_FAST_EXE,		/* ... run it */
	G_GORUN,		/* go run REL args */
	G_PKG_COMPILE,		/* compileInDir, each package (compiledir) */
	G_PKG_ERRCHECK,		/* compileInDir + ERROR match, each package */
	G_PKG_RUNDIR,		/* compileInDir, each package (rundir) */
	G_LINK,			/* link the last package */
	G_EXE,			/* TMP/a.exe args */
	G_RUNINDIR,		/* go run . in a GOPATH copy */
	G_BD_SYMABIS,		/* builddir: go tool asm -gensymabis */
	G_BD_COMPILE,
	G_BD_ASM,
	G_BD_PACK,
	G_BD_LINK,
	G_BD_EXE,		/* TMP/a.exe, no args */
	G_BR_BUILD,		/* buildrun: go build */
	G_BR_EXE,		/* ./a.exe args */
	G_GEN,			/* go run REL args > tmp__.go */
	G_GEN_RUN,		/* go run tmp__.go */
	G_GEN_CHECK,		/* errorcheck tmp__.go */
	G_ASM_BUILD,		/* asmcheck: go build -gcflags -S=2, each env */
	G_NOPS
};

enum { GO_MAXOPS = 6 };

/* One action: its name, its default of -0/-1, its operations. */
struct goaction {
	const char *name;
	int want_error;
	enum gop ops[GO_MAXOPS];
};

/* Repeat an operation over the packages of NAME.dir or the asm envs. */
enum goloop { LOOP_NONE, LOOP_PKGS, LOOP_ENVS };

/* An operation: BUILD fills the argv and folder of its command and
 * returns 0, or returns 1 when there is nothing to run; JUDGE returns 1
 * when the result decided the job (a failure), else 0. */
struct gop_def {
	enum goloop loop;
	int (*build)(struct job *, const struct ctx *, struct strlist *,
		     const char **cwd);
	int (*judge)(struct job *, const struct ctx *,
		     const struct stepout *);
};

/* Per-test state of the Go dialect. */
struct gojob {
	char *abs;		/* run.go's "long": CWD/REL */
	char *dirabs;		/* CWD/NAME.dir */
	int want_auto;
	char **flags;		/* recipe flags, after -d= merging */
	size_t nflags;
	char **ldflags;		/* rundir: what follows -ldflags */
	size_t nldflags;
	struct gopkg *pkgs;
	size_t npkgs;
	size_t errpkg;
	char **gos, **asms;	/* builddir: absolute paths */
	long ngos, nasms;
	char *gen;		/* TMP/tmp__.go */
	const char *kept;	/* errorcheckandrundir: a mismatch kept */
	struct asmchecks asm;
	char **envs;		/* asmcheck: the envs built on this host */
	size_t nenvs;
	int in_gopath;		/* runindir: GOPATH=TMP */
};

/* The judges of goops' operations (gojudge.c): each returns 1 when the
 * result decided the job, else 0. */
int gojudge_ok(struct job *j, const struct ctx *c, const struct stepout *r);
int gojudge_output(struct job *j, const struct ctx *c,
		   const struct stepout *r);
int gojudge_errorcheck(struct job *j, const struct ctx *c,
		       const struct stepout *r);
int gojudge_pkg_errcheck(struct job *j, const struct ctx *c,
			 const struct stepout *r);
int gojudge_pkg_rundir(struct job *j, const struct ctx *c,
		       const struct stepout *r);
int gojudge_gen(struct job *j, const struct ctx *c, const struct stepout *r);
int gojudge_gen_check(struct job *j, const struct ctx *c,
		      const struct stepout *r);
int gojudge_asm(struct job *j, const struct ctx *c, const struct stepout *r);

/* The operations, indexed by enum gop. */
extern const struct gop_def gop_defs[G_NOPS];

/* After op OP passed: move to its next repetition (return 1) or to the
 * next op (return 0). */
int goops_advance(struct job *j, const struct gop_def *op);
/* ENV[0..n) with later entries replacing earlier ones of the same name,
 * as Go's exec does; job memory, NULL-terminated. */
char **goops_env_dedup(struct job *j, char **env, size_t n);
/* The environment of asmcheck's go build for the current env. */
char **goops_asm_env(struct job *j, const struct ctx *c);
/* Free what the job holds outside its arena. */
void goops_release(struct job *j);

#endif
