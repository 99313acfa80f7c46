/* The C dialect's actions: the table of actions and of the operations
 * they are made of, and the state machine that turns the current one into
 * a command from the profile's step templates. Judging results is
 * cjudge.c's; spawning is the scheduler's. */
#define _POSIX_C_SOURCE 200809L
#include "cjob.h"
#include "arena.h"
#include "cerrupdate.h"
#include "flags.h"
#include "profile.h"
#include "strbuf.h"
#include "suite.h"
#include "util.h"

#include <string.h>
#include <unistd.h>

static const struct caction actions[] = {
	/* name		want_error golden	srcdir asm_too	ops */
	{ "compile",		0, OUT_ALWAYS,	  0, 1, { OP_COMPILE } },
	{ "build",		0, OUT_ALWAYS,	  0, 1, { OP_BUILD } },
	{ "run",		0, OUT_ALWAYS,	  0, 1, { OP_BUILD, OP_RUN } },
	{ "buildrun",		0, OUT_IF_PRESENT, 0, 1, { OP_BUILD, OP_RUN } },
	{ "errorcheck",		1, OUT_ALWAYS,	  0, 0, { OP_CHECK } },
	{ "runoutput",		0, OUT_ALWAYS,	  0, 0,
	  { OP_BUILD, OP_RUN_GEN, OP_BUILD_GEN, OP_RUN } },
	{ "errorcheckoutput",	1, OUT_ALWAYS,	  0, 0,
	  { OP_BUILD, OP_RUN_GEN, OP_CHECK_GEN } },
	{ "compiledir",		0, OUT_ALWAYS,	  1, 0, { OP_COMPILE_EACH } },
	{ "rundir",		0, OUT_ALWAYS,	  1, 0, { OP_BUILD_DIR, OP_RUN } },
	{ "asmcheck",		0, OUT_ALWAYS,	  0, 0, { OP_ASM } },
	{ "skip",		0, OUT_ALWAYS,	  0, 0, { OP_END } },
};

const struct copdef cops[OP_NOPS] = {
	[OP_COMPILE] = { STEP_COMPILE, SRC_TEST, cjudge_success, NULL },
	[OP_COMPILE_EACH] = { STEP_COMPILE, SRC_EACH, cjudge_success, NULL },
	[OP_BUILD] = { STEP_BUILD, SRC_TEST, cjudge_success, NULL },
	[OP_BUILD_DIR] = { STEP_BUILD, SRC_DIR, cjudge_success, NULL },
	[OP_CHECK] = { STEP_CHECK, SRC_TEST, cjudge_check, cerrupdate_job },
	[OP_RUN] = { STEP_RUN, SRC_NONE, cjudge_run, NULL },
	[OP_RUN_GEN] = { STEP_RUN, SRC_NONE, cjudge_gen, NULL },
	[OP_DEPS] = { STEP_DEPS, SRC_TEST, cjudge_deps, NULL },
	[OP_DEPS_DIR] = { STEP_DEPS, SRC_DIR, cjudge_deps, NULL },
	[OP_BUILD_GEN] = { STEP_BUILD, SRC_GEN, cjudge_success, NULL },
	[OP_CHECK_GEN] = { STEP_CHECK, SRC_GEN, cjudge_check, NULL },
	[OP_ASM] = { STEP_ASM, SRC_TEST, cjudge_asm, NULL },
};

const struct caction *
caction_find(const char *name)
{
	size_t i;

	for (i = 0; i < sizeof(actions) / sizeof(actions[0]); i++)
		if (strcmp(actions[i].name, name) == 0)
			return &actions[i];
	return NULL;
}

char *
caction_gen_path(struct job *j, const struct ctx *c)
{
	return arena_printf(&j->arena, "%s/gen%s", j->tmp,
			    c->prof->extensions[0]);
}

/* The values of the single-word placeholders. */
struct vars {
	const char *compiler, *src, *tmp, *exe;
};

/* WORD with {compiler}, {src}, {tmp} and {exe} substituted. */
static const char *
subst(struct job *j, const char *word, const struct vars *v)
{
	static const char *const names[] = { "{compiler}", "{src}", "{tmp}",
					     "{exe}" };
	const char *vals[] = { v->compiler, v->src, v->tmp, v->exe };
	struct strbuf sb;
	const char *p = word, *res;
	size_t k, n = 0;

	if (!strchr(word, '{'))
		return word;
	strbuf_init(&sb, 0);
	while (*p) {
		for (k = 0; k < 4; k++) {
			n = strlen(names[k]);
			if (strncmp(p, names[k], n) == 0)
				break;
		}
		if (k < 4) {
			strbuf_addstr(&sb, vals[k] ? vals[k] : "");
			p += n;
		} else {
			strbuf_add(&sb, p++, 1);
		}
	}
	res = arena_strdup(&j->arena, sb.buf);
	strbuf_release(&sb);
	return res;
}

/* Does OP get the profile's depflags? Only the steps on the test's own
 * source (gen.c's would overwrite its list; NAME.dir's sources would,
 * one by one), and only while the cache wants the list and the
 * compiler took them (cdialect.c's probe). */
static int
writes_deps(const struct ctx *c, const struct copdef *op)
{
	return c->cache && ctool_of(c)->depflags && op->srcs == SRC_TEST &&
	       op->step != STEP_DEPS;
}

/* Expand the profile's template for OP into an argv, with the profile's
 * depflags after it when DEPS. */
static char **
expand(struct job *j, const struct ctx *c, const struct copdef *op, int deps)
{
	const struct tmpl *t = &c->prof->steps[op->step];
	const struct cjob *cj = cjob_of(j);
	struct strlist a = { 0 };
	struct vars v = { c->compiler, NULL, j->tmp, NULL };
	char *const *srcs = &j->abs;
	char **gen;
	size_t nsrcs = 1, i;
	const char *w;

	v.exe = arena_printf(&j->arena, "%s/a.out", j->tmp);
	if (op->srcs == SRC_EACH) {
		srcs = &cj->srcs[j->sub];
	} else if (op->srcs == SRC_DIR) {
		srcs = cj->srcs;
		nsrcs = cj->nsrcs;
	} else if (op->srcs == SRC_GEN) {
		gen = arena_alloc(&j->arena, sizeof(char *));
		gen[0] = caction_gen_path(j, c);
		srcs = gen;
	}
	v.src = srcs[0];
	for (i = 0; i < t->n; i++) {
		w = t->words[i];
		if (strcmp(w, "{flags}") == 0) {
			arena_push_all(&j->arena, &a, c->prof->flags.words,
				       c->prof->flags.n);
			if (cj->suite_flags)
				arena_push_all(&j->arena, &a, cj->suite_flags,
					       j->suite->nflags);
		}
		else if (strcmp(w, "{testflags}") == 0)
			arena_push_all(&j->arena, &a, j->rec.flags,
				       j->rec.nflags);
		else if (strcmp(w, "{srcs}") == 0)
			arena_push_all(&j->arena, &a, srcs, nsrcs);
		else if (strcmp(w, "{args}") == 0)
			arena_push_all(&j->arena, &a, j->rec.args, j->rec.nargs);
		else
			arena_push(&j->arena, &a, (char *)subst(j, w, &v));
	}
	for (i = 0; deps && i < c->prof->depflags.n; i++)
		arena_push(&j->arena, &a,
			   (char *)subst(j, c->prof->depflags.words[i], &v));
	return a.v;
}

char **
caction_probe_argv(struct job *j, const struct ctx *c)
{
	return expand(j, c, &cops[OP_COMPILE], 1);
}

/* The list a depflags step wrote, if any, as the deps step's result:
 * then the deps step need not run. A step that failed may have left a
 * partial list (a header not found): it is dropped, and the deps step
 * decides, as without depflags. */
static int
deps_written(struct job *j, const struct ctx *c, const struct stepout *prev,
	     const struct copdef *prevop)
{
	struct stepout none = { 0 };
	char *file;

	if (!c->cache || !ctool_of(c)->depflags)
		return 0;
	file = arena_printf(&j->arena, "%s/deps.d", j->tmp);
	if (prev && writes_deps(c, prevop) && prev->status != 0)
		unlink(file);
	if (cjob_of(j)->ops[j->pc] != OP_DEPS || access(file, R_OK) != 0)
		return 0;
	cjudge_deps(j, c, &none);
	return 1;
}

/* The environment of the job's commands: the run's, for the
 * toolchain's own steps (TOOL: not the program's run) the profile's
 * tool_env, then TMPDIR; a later name replaces an earlier one. */
static char **
job_env(struct job *j, const struct ctx *c, int tool)
{
	struct strlist a = { 0 };
	size_t i;

	for (i = 0; c->env[i]; i++)
		arena_push(&j->arena, &a, c->env[i]);
	if (tool)
		arena_push_all(&j->arena, &a, c->prof->tool_env,
			       c->prof->ntool_env);
	arena_push(&j->arena, &a, arena_printf(&j->arena, "TMPDIR=%s",
					       j->tmp));
	return arena_env(&j->arena, a.v, a.n);
}

int
caction_next(struct job *j, const struct ctx *c, const struct stepout *prev,
	     struct stepcmd *cmd)
{
	const struct cjob *cj = cjob_of(j);
	const struct copdef *op = NULL;
	double t;

	if (prev) {
		op = caction_op(j);
		if (op->judge(j, c, prev))
			return 0;
		if (op->srcs == SRC_EACH && ++j->sub < cjob_of(j)->nsrcs)
			j->pc--;	/* the same op, next file */
		else
			j->sub = 0;
		j->pc++;
	}
	if (j->pc < C_OPSLOTS && deps_written(j, c, prev, op))
		j->pc++;
	if (j->pc >= C_OPSLOTS || cj->ops[j->pc] == OP_END) {
		j->status = ST_OK;
		return 0;
	}
	op = caction_op(j);
	t = j->rec.timeout ? j->rec.timeout : c->opt->timeout ?
	    c->opt->timeout : c->prof->timeout;
	cmd->name = profile_step_name(op->step);
	cmd->argv = expand(j, c, op, writes_deps(c, op));
	cmd->env = job_env(j, c, op->step != STEP_RUN);
	cmd->cwd = j->tmp;
	cmd->timeout = t * c->opt->timeout_scale;
	return 1;
}
