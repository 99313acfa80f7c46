#define _DEFAULT_SOURCE
#include "caction.h"
#include "casmcheck.h"
#include "constraint.h"
#include "errcheck.h"
#include "goaction.h"
#include "flags.h"
#include "golden.h"
#include "proc.h"
#include "profile.h"
#include "strbuf.h"
#include "util.h"
#include "verdict.h"

#include <dirent.h>
#include <errno.h>
#include <limits.h>
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <sys/utsname.h>
#include <sys/wait.h>

/* The operations an action is made of. Each runs one command and judges
 * its result. */
enum op {
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
};

enum golden_mode { OUT_ALWAYS, OUT_IF_PRESENT };

struct action {
	const char *name;
	int want_error;		/* default of -0/-1 */
	enum golden_mode golden;
	enum op ops[5];
};

static const struct action actions[] = {
	{ "compile", 0, OUT_ALWAYS, { OP_COMPILE } },
	{ "build", 0, OUT_ALWAYS, { OP_BUILD } },
	{ "run", 0, OUT_ALWAYS, { OP_BUILD, OP_RUN } },
	{ "buildrun", 0, OUT_IF_PRESENT, { OP_BUILD, OP_RUN } },
	{ "errorcheck", 1, OUT_ALWAYS, { OP_CHECK } },
	{ "runoutput", 0, OUT_ALWAYS,
	  { OP_BUILD, OP_RUN_GEN, OP_BUILD_GEN, OP_RUN } },
	{ "errorcheckoutput", 1, OUT_ALWAYS,
	  { OP_BUILD, OP_RUN_GEN, OP_CHECK_GEN } },
	{ "compiledir", 0, OUT_ALWAYS, { OP_COMPILE_EACH } },
	{ "rundir", 0, OUT_ALWAYS, { OP_BUILD_DIR, OP_RUN } },
	{ "asmcheck", 0, OUT_ALWAYS, { OP_ASM } },
	{ "skip", 0, OUT_ALWAYS, { OP_END } },
};

/* Which sources an op hands to the compiler. */
enum srcs { SRC_NONE, SRC_TEST, SRC_EACH, SRC_DIR, SRC_GEN };

typedef int judge_fn(struct job *, const struct ctx *, const struct stepout *);

static judge_fn judge_success, judge_check, judge_run, judge_gen, judge_asm;

static const struct opdef {
	enum step_kind step;
	enum srcs srcs;
	judge_fn *judge;
} ops[] = {
	[OP_COMPILE] = { STEP_COMPILE, SRC_TEST, judge_success },
	[OP_COMPILE_EACH] = { STEP_COMPILE, SRC_EACH, judge_success },
	[OP_BUILD] = { STEP_BUILD, SRC_TEST, judge_success },
	[OP_BUILD_DIR] = { STEP_BUILD, SRC_DIR, judge_success },
	[OP_CHECK] = { STEP_CHECK, SRC_TEST, judge_check },
	[OP_RUN] = { STEP_RUN, SRC_NONE, judge_run },
	[OP_RUN_GEN] = { STEP_RUN, SRC_NONE, judge_gen },
	[OP_BUILD_GEN] = { STEP_BUILD, SRC_GEN, judge_success },
	[OP_CHECK_GEN] = { STEP_CHECK, SRC_GEN, judge_check },
	[OP_ASM] = { STEP_ASM, SRC_TEST, judge_asm },
};

static const struct action *
find_action(const char *name)
{
	size_t i;

	for (i = 0; i < sizeof(actions) / sizeof(actions[0]); i++)
		if (strcmp(actions[i].name, name) == 0)
			return &actions[i];
	return NULL;
}

/* Check the requires: lines; return 1 when the job is decided. */
static int
check_requires(struct job *j, const struct ctx *c)
{
	char err[256];
	size_t i;
	int v;

	if (c->opt->run_skips)
		return 0;
	for (i = 0; i < j->rec.nrequires; i++) {
		v = constraint_eval(j->rec.requires[i],
				    (const char *const *)c->prof->tags, err,
				    sizeof(err));
		if (v < 0)
			return verdict_fail(j, "%s:%d: requires: %s", j->path,
				    j->rec.requires_line[i], err);
		if (v == 0) {
			j->status = ST_SKIP;
			j->msg = arena_printf(&j->arena, "requires: %s",
					      j->rec.requires[i]);
			return 1;
		}
	}
	return 0;
}

/* The .c files of NAME.dir, sorted, as absolute paths. */
static int
dir_sources(struct job *j, const struct ctx *c)
{
	char *dir = arena_printf(&j->arena, "%.*s.dir",
				 (int)(strrchr(j->abs, '.') - j->abs), j->abs);
	DIR *d = opendir(dir);
	struct dirent *de;
	struct strlist l = { 0 };

	if (!d)
		return verdict_fail(j, "%s: %s", dir, strerror(errno));
	while ((de = readdir(d)))
		if (de->d_name[0] != '.' &&
		    has_suffix(de->d_name, c->prof->extensions[0]))
			arena_push(&j->arena, &l, arena_printf(&j->arena,
				   "%s/%s", dir, de->d_name));
	closedir(d);
	if (l.n == 0)
		return verdict_fail(j, "%s: no %s files", dir, c->prof->extensions[0]);
	j->srcs = l.v;
	j->nsrcs = l.n;
	qsort(j->srcs, j->nsrcs, sizeof(*j->srcs), cmp_strp);
	return 0;
}

/* Fail the job when its action needs a step the profile lacks. */
static int
missing_step(struct job *j, const struct ctx *c)
{
	size_t i;
	enum step_kind k;

	for (i = 0; i < 5 && j->action->ops[i] != OP_END; i++) {
		k = ops[j->action->ops[i]].step;
		if (c->prof->steps[k].n == 0)
			return verdict_fail(j, "%s:%d: %s needs the profile's "
				    "%s step, which %s does not define",
				    j->path, j->rec.line, j->action->name,
				    profile_step_name(k), c->prof->path);
	}
	return 0;
}

/* S with bytes outside printable ASCII, and quotes, as \xNN (arena A). */
static const char *
escaped(struct arena *a, const char *s)
{
	struct strbuf sb;
	const char *res;

	strbuf_init(&sb, 0);
	for (; *s; s++) {
		if (*s < ' ' || *s > '~' || *s == '"' || *s == '\\')
			strbuf_addf(&sb, "\\x%02x", (unsigned char)*s);
		else
			strbuf_add(&sb, s, 1);
	}
	res = arena_strdup(a, sb.buf);
	strbuf_release(&sb);
	return res;
}

/* The line of offset OFF in TEXT. */
static int
line_of(const char *text, size_t off)
{
	size_t i;
	int line = 1;

	for (i = 0; i < off; i++)
		line += text[i] == '\n';
	return line;
}

/* Read and parse the test; return 1 when that decided it. */
static int
load(struct job *j, const struct ctx *c)
{
	char err[512], real[PATH_MAX], *buf;
	size_t len;
	int line;

	if (!realpath(j->path, real))
		return verdict_fail(j, "%s: %s", j->path, strerror(errno));
	j->abs = arena_strdup(&j->arena, real);
	j->shortname = arena_strdup(&j->arena, base_name(real));
	j->absdir = arena_strndup(&j->arena, real,
				  (size_t)(base_name(real) - real));
	j->reldir = arena_strndup(&j->arena, j->path,
				  (size_t)(base_name(j->path) - j->path));
	buf = slurp_file(j->path, &len);
	if (!buf)
		return verdict_fail(j, "%s: %s", j->path, strerror(errno));
	j->text = arena_strndup(&j->arena, buf, len);
	free(buf);
	if (strlen(j->text) != len)
		return verdict_fail(j, "%s:%d: the file contains a NUL byte",
				    j->path, line_of(j->text, strlen(j->text)));
	if (recipe_parse(&j->arena, j->text, &j->rec, &line, err,
			 sizeof(err)) < 0)
		return line ? verdict_fail(j, "%s:%d: %s", j->path, line, err) :
			      verdict_fail(j, "%s: %s", j->path, err);
	if (check_requires(j, c))
		return 1;
	j->action = find_action(j->rec.action);
	if (!j->action)
		return verdict_fail(j, "%s:%d: unknown action \"%s\"", j->path,
			    j->rec.line, escaped(&j->arena, j->rec.action));
	if (j->action->ops[0] == OP_END && !c->opt->run_skips) {
		j->status = ST_SKIP;
		j->msg = "skip";
		return 1;
	}
	if (j->action->ops[0] == OP_END)
		return verdict_fail(j, "%s: the skip action has nothing to run",
			    j->path);
	return missing_step(j, c);
}

int
action_start(struct job *j, const struct ctx *c)
{
	static const char *const dirops[] = { "compiledir", "rundir" };
	size_t i;

	if (c->go)
		return goaction_start(j, c);
	if (load(j, c))
		return 1;
	j->want_error = j->rec.want_error >= 0 ? j->rec.want_error :
			j->action->want_error;
	j->expect_fail = !c->opt->no_known && verdict_known(j, c);
	j->expect_bug = verdict_bug_expected(j->path, j->rec.bug, c->prof);
	for (i = 0; i < 2; i++)
		if (strcmp(j->action->name, dirops[i]) == 0 &&
		    dir_sources(j, c))
			return 1;
	j->tmp = arena_printf(&j->arena, "%s/%05zu-%s", c->tmproot,
			      j->index, j->shortname);
	if (mkdir(j->tmp, 0700) < 0) {
		verdict_fail(j, "cannot create %s: %s", j->tmp, strerror(errno));
		j->tmp = NULL;
		return 1;
	}
	return 0;
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
	size_t k, n;

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

/* Expand the profile's template for OP into an argv. */
static char **
expand(struct job *j, const struct ctx *c, const struct opdef *op)
{
	const struct tmpl *t = &c->prof->steps[op->step];
	struct strlist a = { 0 };
	struct vars v = { c->compiler, NULL, j->tmp, NULL };
	char *const *srcs = &j->abs;
	size_t nsrcs = 1, i;
	const char *w;

	v.exe = arena_printf(&j->arena, "%s/a.out", j->tmp);
	if (op->srcs == SRC_EACH) {
		srcs = &j->srcs[j->sub];
	} else if (op->srcs == SRC_DIR) {
		srcs = j->srcs;
		nsrcs = j->nsrcs;
	} else if (op->srcs == SRC_GEN) {
		srcs = arena_alloc(&j->arena, sizeof(char *));
		((char **)srcs)[0] = arena_printf(&j->arena, "%s/gen%s",
						  j->tmp,
						  c->prof->extensions[0]);
	}
	v.src = srcs[0];
	for (i = 0; i < t->n; i++) {
		w = t->words[i];
		if (strcmp(w, "{flags}") == 0)
			arena_push_all(&j->arena, &a, c->prof->flags.words,
				 c->prof->flags.n);
		else if (strcmp(w, "{testflags}") == 0)
			arena_push_all(&j->arena, &a, j->rec.flags, j->rec.nflags);
		else if (strcmp(w, "{srcs}") == 0)
			arena_push_all(&j->arena, &a, srcs, nsrcs);
		else if (strcmp(w, "{args}") == 0)
			arena_push_all(&j->arena, &a, j->rec.args, j->rec.nargs);
		else
			arena_push(&j->arena, &a, (char *)subst(j, w, &v));
	}
	return a.v;
}

/* The environment of the job's commands: the run's, plus TMPDIR. */
static char **
job_env(struct job *j, const struct ctx *c)
{
	struct strlist a = { 0 };
	size_t i;

	for (i = 0; c->env[i]; i++)
		arena_push(&j->arena, &a, c->env[i]);
	arena_push(&j->arena, &a, arena_printf(&j->arena, "TMPDIR=%s",
					       j->tmp));
	return a.v;
}

int
action_next(struct job *j, const struct ctx *c, const struct stepout *prev,
	    struct stepcmd *cmd)
{
	const struct opdef *op;
	double t;

	if (c->go)
		return goaction_next(j, c, prev, cmd);
	if (prev) {
		op = &ops[j->action->ops[j->pc]];
		if (op->judge(j, c, prev))
			return verdict_settle(j);
		if (op->srcs == SRC_EACH && ++j->sub < j->nsrcs)
			j->pc--;	/* the same op, next file */
		else
			j->sub = 0;
		j->pc++;
	}
	if (j->pc >= 5 || j->action->ops[j->pc] == OP_END) {
		j->status = ST_OK;
		return verdict_settle(j);
	}
	op = &ops[j->action->ops[j->pc]];
	t = j->rec.timeout ? j->rec.timeout : c->opt->timeout ?
	    c->opt->timeout : c->prof->timeout;
	cmd->argv = expand(j, c, op);
	cmd->env = job_env(j, c);
	cmd->cwd = j->tmp;
	cmd->timeout = t * c->opt->timeout_scale;
	return 1;
}

static int
judge_success(struct job *j, const struct ctx *c, const struct stepout *r)
{
	return verdict_exit(j, r, c->compiler);
}

static int
judge_run(struct job *j, const struct ctx *c, const struct stepout *r)
{
	char *msg;

	if (verdict_exit(j, r, "a.out"))
		return 1;
	msg = golden_check(&j->arena, golden_path(&j->arena, j->path), r->out,
			   r->len, c->opt->bless,
			   j->action->golden == OUT_IF_PRESENT);
	return msg ? verdict_fail(j, "%s", msg) : 0;
}

static int
judge_gen(struct job *j, const struct ctx *c, const struct stepout *r)
{
	char *gen = arena_printf(&j->arena, "%s/gen%s", j->tmp,
				 c->prof->extensions[0]);
	FILE *f;

	if (verdict_exit(j, r, "a.out"))
		return 1;
	f = fopen(gen, "w");
	if (!f || fwrite(r->out, 1, r->len, f) != r->len || fclose(f) == EOF)
		return verdict_fail(j, "cannot write %s: %s", gen, strerror(errno));
	return 0;
}

/* errorcheck: the exit status rule, then the ERROR comments. */
static int
judge_check(struct job *j, const struct ctx *c, const struct stepout *r)
{
	int gen = j->action->ops[j->pc] == OP_CHECK_GEN, line;
	const char *src = gen ? arena_printf(&j->arena, "%s/gen%s", j->tmp,
					     c->prof->extensions[0]) : j->abs;
	const char *text = j->text, *shortname = base_name(src);
	struct wantlist w;
	char err[512], **msgs, *res, *buf;
	size_t n;

	if (r->spawn_err || r->dropped)
		return verdict_exit(j, r, c->compiler);
	if (j->want_error) {
		if (r->timed_out)
			return verdict_fail(j, "compilation timed out");
		if (WIFSIGNALED(r->status))	/* a crash is not a diagnostic */
			return verdict_exit(j, r, c->compiler);
		if (r->status == 0)
			return verdict_fail(j, "compilation succeeded unexpectedly\n%s",
				    verdict_output(j, r));
	} else if (verdict_exit(j, r, c->compiler)) {
		return 1;
	}
	if (gen) {
		buf = slurp_file(src, NULL);
		if (!buf)
			return verdict_fail(j, "%s: %s", src, strerror(errno));
		text = arena_strdup(&j->arena, buf);
		free(buf);
	}
	if (errcheck_wanted(&j->arena, text, shortname, c->error_tags, &w,
			    &line, err, sizeof(err)) < 0)
		return verdict_fail(j, "%s:%d: %s", gen ? src : j->path, line, err);
	msgs = errcheck_split(&j->arena, r->out, c->diag, src, shortname, &n);
	res = errcheck_match(&j->arena, &w, msgs, n);
	errcheck_free(&w);
	return res ? verdict_fail(j, "%s", res) : 0;
}

/* asmcheck: the compile to assembly succeeds, then the checks of the test
 * hold on the functions of {tmp}/a.s. */
static int
judge_asm(struct job *j, const struct ctx *c, const struct stepout *r)
{
	struct casmchecks ck;
	struct utsname u;
	char err[512], *buf, *res;
	int line;

	if (verdict_exit(j, r, c->compiler))
		return 1;
	if (uname(&u) < 0)
		return verdict_fail(j, "uname: %s", strerror(errno));
	if (casmcheck_parse(&j->arena, j->text, u.machine,
			    (const char *const *)c->prof->tags, &ck, &line,
			    err, sizeof(err)) < 0)
		return verdict_fail(j, "%s:%d: %s", j->path, line, err);
	buf = slurp_file(arena_printf(&j->arena, "%s/a.s", j->tmp), NULL);
	if (!buf) {
		casmcheck_free(&ck);
		return verdict_fail(j, "%s/a.s: %s (the profile's asm step "
				    "must write it)", j->tmp, strerror(errno));
	}
	res = casmcheck_match(&j->arena, &ck, buf, j->path);
	free(buf);
	casmcheck_free(&ck);
	return res ? verdict_fail(j, "%s", res) : 0;
}
