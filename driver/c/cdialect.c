/* The C dialect's row of the dialect table: its set-up (the profile's
 * environment and tags), its discovery (test/ by default), and the start
 * of a test (its recipe, requires:, bug:, NAME.dir and temp folder). The
 * commands are caction.c's. */
#define _DEFAULT_SOURCE
#include "cdialect.h"
#include "cache.h"
#include "cjob.h"
#include "constraint.h"
#include "cpath.h"
#include "crecipe.h"
#include "dialect.h"
#include "discover.h"
#include "flags.h"
#include "profile.h"
#include "strbuf.h"
#include "proc.h"
#include "suite.h"
#include "tmpdir.h"
#include "util.h"
#include "verdict.h"

#include <dirent.h>
#include <errno.h>
#include <limits.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <sys/wait.h>
#include <sys/utsname.h>
#include <unistd.h>

/* Does the compiler take the profile's depflags? Its compile step on a
 * file of one function, with them, in a folder of its own: it must
 * succeed and write {tmp}/deps.d. A compiler that does not (a new one,
 * under -compiler, that knows no -MD) keeps its commands as the profile
 * wrote them, and the deps step lists the headers, as without depflags. */
static int
takes_depflags(const struct setup *s, const struct profile *p)
{
	static const char probe[] = "int probe(void)\n{\n\treturn 0;\n}\n";
	struct cjob cj = { 0 };
	struct job j = { 0 };
	struct ctx c = { 0 };
	char *dir = tmpdir_create(), *deps, *out = NULL;
	int st, ok = 0;

	arena_init(&j.arena);
	j.state = &cj;
	j.tmp = dir;
	j.abs = arena_printf(&j.arena, "%s/probe.c", dir);
	deps = arena_printf(&j.arena, "%s/deps.d", dir);
	c.prof = p;
	c.compiler = s->compiler;
	if (write_whole(j.abs, probe, strlen(probe)) == 0) {
		st = proc_capture(caction_probe_argv(&j, &c), &out,
				  p->timeout);
		ok = st >= 0 && WIFEXITED(st) && WEXITSTATUS(st) == 0 &&
		     access(deps, R_OK) == 0;
	}
	free(out);
	arena_release(&j.arena);
	tmpdir_remove(dir);
	free(dir);
	return ok;
}

static void
setup(struct setup *s, const struct options *o, const struct profile *p)
{
	struct ctool *t = xcalloc(1, sizeof(*t));
	struct utsname u;
	size_t i;

	if (uname(&u) < 0)
		fatal("uname: %s", strerror(errno));
	snprintf(t->machine, sizeof(t->machine), "%s", u.machine);
	s->tool = t;
	s->env = profile_env(p);
	t->depflags = p->depflags.n && cache_wanted(o, p) &&
		      takes_depflags(s, p);
	s->known_tags = xcalloc(p->ntags + 1, sizeof(char *));
	for (i = 0; i < p->ntags; i++)
		s->known_tags[i] = xstrdup(p->tags[i]);
}

/* The paths of the command line, or test/; the profile's file endings. */
static void
discover_tests(struct setup *s, const struct options *o,
	       const struct profile *p)
{
	const char *deflt[] = { "test/" };
	char err[512];

	if (discover(o->npaths ? (const char *const *)o->paths : deflt,
		     o->npaths ? (size_t)o->npaths : 1,
		     (const char *const *)p->extensions, o->shard, o->shards,
		     &s->tests, err, sizeof(err)) < 0)
		fatal("%s", err);
	s->cwd = getcwd(NULL, 0);
}

static void
release(void *tool)
{
	free(tool);
}

static const char *
action_of(struct arena *a, const char *path)
{
	struct recipe rec;
	struct crecipe cr;
	char err[256], *text = arena_slurp(a, path, NULL);
	int line;

	if (!text || crecipe_parse(a, text, cpath_value_flags, &rec, &cr,
				   &line, err, sizeof(err)) < 0)
		return "?";
	return rec.action;
}

/* Check the requires: lines; return 1 when the job is decided. */
static int
check_requires(struct job *j, const struct ctx *c)
{
	const struct crecipe *cr = &cjob_of(j)->cr;
	char err[256];
	size_t i;
	int v;

	if (c->opt->run_skips)
		return 0;
	for (i = 0; i < cr->nrequires; i++) {
		v = constraint_eval(cr->requires[i],
				    (const char *const *)c->prof->tags, err,
				    sizeof(err));
		if (v < 0)
			return verdict_fail(j, "%s:%d: requires: %s", j->path,
					    cr->requires_line[i], err);
		if (v == 0) {
			j->status = ST_SKIP;
			j->msg = arena_printf(&j->arena, "requires: %s",
					      cr->requires[i]);
			return 1;
		}
	}
	return 0;
}

/* The .c files of NAME.dir, sorted, as absolute paths. */
static int
dir_sources(struct job *j, const struct ctx *c)
{
	struct cjob *cj = cjob_of(j);
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
		return verdict_fail(j, "%s: no %s files", dir,
				    c->prof->extensions[0]);
	cj->srcs = l.v;
	cj->nsrcs = l.n;
	qsort(cj->srcs, cj->nsrcs, sizeof(*cj->srcs), cmp_strp);
	return 0;
}

/* Fail the job when its action needs a step the profile lacks. */
static int
missing_step(struct job *j, const struct ctx *c)
{
	const struct caction *act = cjob_of(j)->action;
	size_t i;
	enum step_kind k;

	for (i = 0; i < C_MAXOPS && act->ops[i] != OP_END; i++) {
		k = cops[act->ops[i]].step;
		if (c->prof->steps[k].n == 0)
			return verdict_fail(j, "%s:%d: %s needs the profile's "
				    "%s step, which %s does not define",
				    j->path, j->rec.line, act->name,
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

/* Read the test: its paths and its text. Return 1 when that decided it. */
static int
read_test(struct job *j)
{
	char real[PATH_MAX];

	if (!realpath(j->path, real))
		return verdict_fail(j, "%s: %s", j->path, strerror(errno));
	j->abs = arena_strdup(&j->arena, real);
	j->shortname = arena_strdup(&j->arena, base_name(real));
	j->absdir = arena_strndup(&j->arena, real,
				  (size_t)(base_name(real) - real));
	j->reldir = arena_strndup(&j->arena, j->path,
				  (size_t)(base_name(j->path) - j->path));
	j->text = arena_slurp(&j->arena, j->path, &j->textlen);
	if (!j->text)
		return verdict_fail(j, "%s: %s", j->path, strerror(errno));
	if (strlen(j->text) != j->textlen)
		return verdict_fail(j, "%s:%d: the file contains a NUL byte",
				    j->path, line_of(j->text, strlen(j->text)));
	return 0;
}

/* Read and parse the test; return 1 when that decided it. */
static int
load(struct job *j, const struct ctx *c)
{
	struct cjob *cj = cjob_of(j);
	char err[512];
	int line, bad;

	if (read_test(j))
		return 1;
	bad = crecipe_parse(&j->arena, j->text, c->prof->value_flags ?
			    (const char *const *)c->prof->value_flags :
			    cpath_value_flags, &j->rec, &cj->cr, &line, err,
			    sizeof(err)) < 0;
	if ((bad || !caction_find(j->rec.action)) && j->suite &&
	    j->suite->default_action) {
		/* a file of a suite that writes no directives */
		memset(&j->rec, 0, sizeof(j->rec));
		memset(&cj->cr, 0, sizeof(cj->cr));
		j->rec.action = j->suite->default_action;
		j->rec.want_error = -1;
		j->rec.line = 1;
	} else if (bad) {
		return line ? verdict_fail(j, "%s:%d: %s", j->path, line, err) :
			      verdict_fail(j, "%s: %s", j->path, err);
	}
	if (check_requires(j, c))
		return 1;
	cj->suite_flags = cpath_resolve(j);
	cj->action = caction_find(j->rec.action);
	if (!cj->action)
		return verdict_fail(j, "%s:%d: unknown action \"%s\"", j->path,
			    j->rec.line, escaped(&j->arena, j->rec.action));
	if (cj->action->ops[0] == OP_END && !c->opt->run_skips) {
		j->status = ST_SKIP;
		j->msg = "skip";
		return 1;
	}
	if (cj->action->ops[0] == OP_END)
		return verdict_fail(j, "%s: the skip action has nothing to run",
			    j->path);
	return missing_step(j, c);
}

/* The operations the job runs: its action's, after an asm step when
 * the action allows one, the profile has it and checks apply here (the
 * asmcheck action's own checks are read here too). Return 1 when a
 * check was malformed. */
static int
plan_ops(struct job *j, const struct ctx *c)
{
	struct cjob *cj = cjob_of(j);
	const struct caction *act = cj->action;
	char err[512];
	int line, extra = 0;
	size_t i;

	if (act->asm_too || act->ops[0] == OP_ASM) {
		if (casmcheck_parse(&j->arena, j->text, ctool_of(c)->machine,
				    (const char *const *)c->prof->tags,
				    &cj->checks, &line, err, sizeof(err)) < 0)
			return verdict_fail(j, "%s:%d: %s", j->path, line, err);
		extra = act->asm_too && cj->checks.n &&
			c->prof->steps[STEP_ASM].n;
	}
	cj->ops[0] = OP_ASM;
	memcpy(cj->ops + extra, act->ops, sizeof(act->ops));
	cj->ops[extra + C_MAXOPS] = OP_END;
	if (c->cache && c->prof->steps[STEP_DEPS].n) {	/* a pass is kept */
		for (i = 0; cj->ops[i] != OP_END; i++)
			;
		cj->ops[i] = cj->nsrcs ? OP_DEPS_DIR : OP_DEPS;
		cj->ops[i + 1] = OP_END;
	}
	return 0;
}

static int
start(struct job *j, const struct ctx *c)
{
	struct cjob *cj = arena_alloc(&j->arena, sizeof(*cj));

	j->state = cj;
	if (load(j, c))
		return 1;
	j->want_error = j->rec.want_error >= 0 ? j->rec.want_error :
			cj->action->want_error;
	if (verdict_expect(j, c, cj->cr.bug, cj->cr.bug_line, cj->cr.fixed,
			   cj->cr.fixed_line) || plan_ops(j, c))
		return 1;
	if (cj->action->srcdir && dir_sources(j, c))
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

const struct dialect c_dialect = {
	.name = "c",
	.title = "C",
	.steps = 1u << STEP_COMPILE | 1u << STEP_BUILD | 1u << STEP_CHECK |
		 1u << STEP_RUN,
	.needs_diagnostics = 1,
	.in_matrix = 1,
	/* glibc fills fresh allocations with the value's complement and
	 * freed ones with the value: reads of uninitialised or freed heap
	 * memory stop being quietly zero */
	.stress = { "MALLOC_PERTURB_", 255, 0 },
	.setup = setup,
	.discover = discover_tests,
	.release = release,
	.start = start,
	.next = caction_next,
	.action_of = action_of,
};
