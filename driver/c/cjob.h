#ifndef RUNDRIVER_CJOB_H
#define RUNDRIVER_CJOB_H

/* The inside of the C dialect, shared by the files of driver/c/. Nothing
 * outside that folder includes it. */

#include <stddef.h>

#include "casmcheck.h"
#include "crecipe.h"
#include "job.h"
#include "profile.h"

/* The operations an action is made of. Each runs one command and judges
 * its result. */
enum cop {
	OP_END,
	OP_COMPILE,		/* compile the test file */
	OP_COMPILE_EACH,	/* compile each file of NAME.dir */
	OP_BUILD,		/* compile and link the test file */
	OP_BUILD_DIR,		/* compile and link all files of NAME.dir */
	OP_CHECK,		/* errorcheck the test file */
	OP_RUN,			/* run the program, compare with NAME.out */
	OP_RUN_GEN,		/* run the program, keep its output as gen.c */
	OP_BUILD_GEN,		/* compile and link gen.c */
	OP_CHECK_GEN,		/* errorcheck gen.c */
	OP_ASM,			/* compile to assembly, match the checks */
	OP_DEPS,		/* after a pass: the headers the test read */
	OP_DEPS_DIR,		/* the same for the files of NAME.dir */
	OP_NOPS
};

enum { C_MAXOPS = 4 };		/* the longest action: runoutput */
/* A test's plan: an OP_ASM, the action's, an OP_DEPS and OP_END. */
enum { C_OPSLOTS = C_MAXOPS + 3 };

/* When the program's output is compared with NAME.out. */
enum golden_mode {
	OUT_ALWAYS,		/* a missing NAME.out means empty output */
	OUT_IF_PRESENT,		/* only when NAME.out exists */
};

/* An action: a row of the table in caction.c. */
struct caction {
	const char *name;
	int want_error;		/* the default of -0/-1 */
	enum golden_mode golden;
	int srcdir;		/* compiles the .c files of NAME.dir */
	int asm_too;		/* asm checks in the file add an OP_ASM */
	enum cop ops[C_MAXOPS];	/* none: not a test (skip) */
};

/* Which sources an operation hands to the compiler. */
enum srcs { SRC_NONE, SRC_TEST, SRC_EACH, SRC_DIR, SRC_GEN };

/* A judge: return 1 when the command's result decided the job (a
 * failure), else 0. */
typedef int cjudge_fn(struct job *, const struct ctx *,
		      const struct stepout *);

/* -update_errors on an operation's source: rewrite the test's ERROR
 * comments from the diagnostics MSGS[0..n) and read it again; return 1
 * when that failed the job. */
typedef int cupdate_fn(struct job *, const struct ctx *, char **msgs,
		       size_t n);

/* An operation: the profile step it runs, on which sources, its judge,
 * and what -update_errors does with its source (NULL: nothing). */
struct copdef {
	enum step_kind step;
	enum srcs srcs;
	cjudge_fn *judge;
	cupdate_fn *update;
};

/* The C dialect's state of one test (job arena). */
struct cjob {
	const struct caction *action;
	struct crecipe cr;	/* requires:, bug: and fixed: */
	enum cop ops[C_OPSLOTS];	/* the action's, after an OP_ASM
					 * when its asm checks apply here,
					 * then OP_DEPS for the cache */
	struct casmchecks checks;	/* those that apply here */
	char **suite_flags;	/* its suite's, resolved (cpath.c) */
	char **srcs;		/* NAME.dir's sources, absolute, sorted */
	size_t nsrcs;
};

/* The C dialect's state of one run. */
struct ctool {
	char machine[65];	/* uname's, for asmcheck */
	int depflags;		/* the cache is wanted and the compiler
				 * takes the profile's depflags */
};

static inline struct cjob *
cjob_of(const struct job *j)
{
	return j->state;
}

static inline const struct ctool *
ctool_of(const struct ctx *c)
{
	return c->tool;
}

/* The operations, indexed by enum cop (caction.c). */
extern const struct copdef cops[OP_NOPS];

/* The operation at the job's current step. */
static inline const struct copdef *
caction_op(const struct job *j)
{
	return &cops[cjob_of(j)->ops[j->pc]];
}

/* The action called NAME, or NULL (caction.c). */
const struct caction *caction_find(const char *name);
/* The compile step of J's test alone (J: a job with no recipe, its
 * tmp and abs set), with the profile's depflags: the run's probe of
 * whether the compiler takes them (caction.c). */
char **caction_probe_argv(struct job *j, const struct ctx *c);
/* The C dialect's next(): see struct dialect. */
int caction_next(struct job *j, const struct ctx *c,
		 const struct stepout *prev, struct stepcmd *cmd);
/* The generated program of runoutput and errorcheckoutput:
 * TMP/gen.EXT (job memory). */
char *caction_gen_path(struct job *j, const struct ctx *c);

/* The judges (cjudge.c). */
cjudge_fn cjudge_success, cjudge_check, cjudge_run, cjudge_gen, cjudge_asm,
	cjudge_deps;

#endif
