#define _GNU_SOURCE
#include "caction.h"
#include "discover.h"
#include "goenv.h"
#include "guard.h"
#include "flags.h"
#include "job.h"
#include "matrix.h"
#include "proc.h"
#include "recipe.h"
#include "profile.h"
#include "promote.h"
#include "regex.h"
#include "report.h"
#include "sched.h"
#include "strbuf.h"
#include "tmpdir.h"
#include "util.h"

#include <errno.h>
#include <limits.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

/* Where profiles named without a path live: $RUNDRIVER_CONFIG, else
 * config/ beside the binary, else the installed share folder. */
static char *
config_dir(void)
{
	const char *env = getenv("RUNDRIVER_CONFIG");
	char exe[PATH_MAX], *dir;
	ssize_t n;

	if (env && *env)
		return xstrdup(env);
	n = readlink("/proc/self/exe", exe, sizeof(exe) - 1);
	if (n > 0) {
		exe[n] = '\0';
		*strrchr(exe, '/') = '\0';
		dir = xasprintf("%s/config", exe);
		if (access(dir, F_OK) == 0)
			return dir;
		free(dir);
		dir = xasprintf("%s/../share/rundriver/config", exe);
		if (access(dir, F_OK) == 0)
			return dir;
		free(dir);
	}
	return xstrdup("config");
}

/* Is the file at PATH an executable regular file (not a folder)? */
static int
is_program(const char *path)
{
	struct stat st;

	return stat(path, &st) == 0 && S_ISREG(st.st_mode) &&
	       access(path, X_OK) == 0;
}

/* Is NAME a program this process can run (through PATH when bare)? */
static int
runnable(const char *name)
{
	const char *path = getenv("PATH"), *p, *colon;
	char *full;
	int ok = 0;

	if (strchr(name, '/'))
		return is_program(name);
	for (p = path ? path : "/usr/bin:/bin"; !ok; p = colon + 1) {
		colon = strchr(p, ':');
		full = xasprintf("%.*s/%s", colon ? (int)(colon - p) :
				 (int)strlen(p), p, name);
		ok = is_program(full);
		free(full);
		if (!colon)
			break;
	}
	return ok;
}

/* The children's environment: the profile's, plus LC_ALL=C and the
 * driver's PATH unless the profile sets them. Everything malloc'd. */
static char **
child_env(const struct profile *p)
{
	char **env = xcalloc(p->nenv + 3, sizeof(char *));
	size_t i, n = 0;
	int has_path = 0, has_lc = 0;
	const char *path = getenv("PATH");

	for (i = 0; i < p->nenv; i++) {
		has_path |= strncmp(p->env[i], "PATH=", 5) == 0;
		has_lc |= strncmp(p->env[i], "LC_ALL=", 7) == 0;
		env[n++] = xstrdup(p->env[i]);
	}
	if (!has_lc)
		env[n++] = xstrdup("LC_ALL=C");
	if (!has_path)
		env[n++] = xasprintf("PATH=%s", path ? path : "/usr/bin:/bin");
	return env;
}

/* Read the known-failure list: per line a path, optionally "if=EXPR"
 * (a requires:-style condition), then anything; '#' starts a comment. A
 * missing file is an error. */
static struct known *
load_known(const char *path, size_t *n)
{
	char *text, *line, *save = NULL, *word, *cond;
	struct known *v = NULL;

	*n = 0;
	if (!path)
		return NULL;
	text = slurp_file(path, NULL);
	if (!text)
		fatal("%s: %s", path, strerror(errno));
	for (line = strtok_r(text, "\n", &save); line;
	     line = strtok_r(NULL, "\n", &save)) {
		line[strcspn(line, "#")] = '\0';
		word = line + strspn(line, " \t\r");
		cond = word + strcspn(word, " \t\r");
		if (*cond)
			*cond++ = '\0';
		if (!*word)
			continue;
		cond += strspn(cond, " \t\r");
		cond[strcspn(cond, " \t\r")] = '\0';
		v = xrealloc(v, (*n + 1) * sizeof(*v));
		v[*n].path = xstrdup(word);
		v[*n].cond = strncmp(cond, "if=", 3) == 0 ? xstrdup(cond + 3) :
			     NULL;
		++*n;
	}
	free(text);
	return v;
}

/* Is DIR a Go test root (it holds run.go)? */
static int
is_go_root(const char *dir)
{
	char *p = xasprintf("%s/run.go", dir);
	int ok = access(p, F_OK) == 0;

	free(p);
	return ok;
}

/* The Go test root above PATH (a file or folder), or NULL. */
static char *
find_go_root(const char *path)
{
	char real[PATH_MAX], *slash;
	struct stat st;

	if (!realpath(path, real))
		return NULL;
	if (stat(real, &st) == 0 && !S_ISDIR(st.st_mode))
		*strrchr(real, '/') = '\0';
	for (;;) {
		if (is_go_root(real))
			return xstrdup(real);
		slash = strrchr(real, '/');
		if (!slash || slash == real)
			return NULL;
		*slash = '\0';
	}
}

/* PATH relative to ROOT when it lies below it, else a copy of PATH. */
static char *
relative_to(const char *root, const char *path)
{
	char real[PATH_MAX];
	size_t n = strlen(root);

	if (realpath(path, real) && strncmp(real, root, n) == 0 &&
	    real[n] == '/')
		return xstrdup(real + n + 1);
	if (realpath(path, real) && strcmp(real, root) == 0)
		return xstrdup(".");
	return xstrdup(path);
}

/* The Go dialect starts in the test root, as run.go does: with no path
 * or a root as the only path, run.go's default folders; else the paths,
 * made relative to the root above them. */
static void
go_discover(const struct options *o, const struct goenv *g,
	    struct testlist *tests, char **cwd)
{
	static const char *const defaults[] = { ".", "ken", "chan",
		"interface", "syntax", "dwarf", "fixedbugs", "codegen",
		"runtime", "abi", "typeparam", "typeparam/mdempsky" };
	char err[512], *root, **rel;
	int i, dflt = o->npaths == 0 ||
		      (o->npaths == 1 && is_go_root(o->paths[0]));

	if (o->npaths == 0)
		root = xasprintf("%s/test", g->goroot);
	else
		root = find_go_root(o->paths[0]);
	if (!root || chdir(root) < 0)
		fatal("%s: not inside a Go test tree (no run.go above it)",
		      o->npaths ? o->paths[0] : "$GOROOT/test");
	rel = xcalloc((size_t)o->npaths + 1, sizeof(*rel));
	for (i = 0; i < o->npaths; i++)
		rel[i] = relative_to(root, o->paths[i]);
	if (chdir(root) < 0 || discover_go(dflt ? defaults :
		(const char *const *)rel, dflt ? 12 : (size_t)o->npaths,
		o->shard, o->shards, tests, err, sizeof(err)) < 0)
		fatal("%s", err);
	for (i = 0; i < o->npaths; i++)
		free(rel[i]);
	free(rel);
	*cwd = root;
}

/* What a Go known-failure line's if= may test: the target, "unified"
 * when GOEXPERIMENT has it, "arch32" on 386, arm, mips and mipsle. */
static char **
go_known_tags(const struct goenv *g)
{
	static const char *const arch32[] = { "386", "arm", "mips", "mipsle" };
	char **t = xcalloc(5, sizeof(char *));
	size_t n = 0, i;

	t[n++] = xstrdup(g->goos);
	t[n++] = xstrdup(g->goarch);
	if (g->unified)
		t[n++] = xstrdup("unified");
	for (i = 0; i < 4; i++)
		if (strcmp(g->goarch, arch32[i]) == 0)
			t[n++] = xstrdup("arch32");
	return t;
}

/* The children's environment in the Go dialect: the driver's own, as
 * run.go passes it, with GOOS and GOARCH set when empty. */
static char **
go_env(const struct goenv *g)
{
	extern char **environ;
	char **env;
	size_t n, i;

	if (!getenv("GOOS") || !*getenv("GOOS"))
		setenv("GOOS", g->hostos, 1);
	if (!getenv("GOARCH") || !*getenv("GOARCH"))
		setenv("GOARCH", g->hostarch, 1);
	for (n = 0; environ[n]; n++)
		;
	env = xcalloc(n + 1, sizeof(char *));
	for (i = 0; i < n; i++)
		env[i] = xstrdup(environ[i]);
	return env;
}

/* The action word of the test at PATH, or "?" (arena memory). */
static const char *
action_word(struct arena *a, const char *path, int go)
{
	struct recipe rec;
	struct gorecipe g;
	char err[256], *text;
	size_t len;
	int line, rc;

	text = slurp_file(path, &len);
	if (!text)
		return "?";
	if (go)
		rc = recipe_go_cut(text, len, path, &g, err, sizeof(err)) ||
		     recipe_go_parse(a, &g, &rec, err, sizeof(err));
	else
		rc = recipe_parse(a, text, &rec, &line, err, sizeof(err));
	free(text);
	return rc ? "?" : rec.action;
}

static int
list_tests(const struct testlist *t, int go)
{
	struct arena a;
	size_t i;

	for (i = 0; i < t->n; i++) {
		arena_init(&a);
		printf("%s\t%s\n", t->paths[i], action_word(&a, t->paths[i], go));
		arena_release(&a);
	}
	return 0;
}

/* Everything main sets up for a run. */
struct run {
	struct options opt;
	char *cfg, *ppath;
	struct profile *prof;
	struct goenv *go;
	struct testlist tests;
	struct ctx c;
	char **known_tags;	/* Go only; C uses the profile's tags */
	char *cwd;
	const char *compiler;	/* -compiler, $RUNDRIVER_COMPILER or the
				 * profile's */
};

/* Find the tests and, for the Go dialect, the toolchain and test root. */
static void
run_discover(struct run *r)
{
	const char *deflt[] = { "test/" };
	char err[512];

	r->c.known = load_known(r->prof->known_failures, &r->c.nknown);
	if (r->go) {
		go_discover(&r->opt, r->go, &r->tests, &r->cwd);
		return;
	}
	if (discover(r->opt.npaths ? (const char *const *)r->opt.paths : deflt,
		     r->opt.npaths ? (size_t)r->opt.npaths : 1,
		     (const char *const *)r->prof->extensions, r->opt.shard,
		     r->opt.shards, &r->tests, err, sizeof(err)) < 0)
		fatal("%s", err);
	r->cwd = getcwd(NULL, 0);
}

static void
run_context(struct run *r)
{
	struct ctx *c = &r->c;
	char err[512];

	c->opt = &r->opt;
	c->prof = r->prof;
	c->compiler = r->go ? r->go->go : r->compiler;
	c->go = r->go;
	c->cwd = r->cwd;
	c->error_tags = (const char *const *)r->prof->error_tags;
	if (r->prof->diagnostics)
		c->diag = regex_compile(r->prof->diagnostics, err, sizeof(err));
	c->env = r->go ? go_env(r->go) : child_env(r->prof);
	if (r->go)
		r->known_tags = go_known_tags(r->go);
	c->known_tags = r->go ? (const char *const *)r->known_tags :
			(const char *const *)r->prof->tags;
	c->tmproot = tmpdir_create();
}

static void
run_release(struct run *r)
{
	size_t i;

	testlist_free(&r->tests);
	for (i = 0; i < r->c.nknown; i++) {
		free(r->c.known[i].path);
		free(r->c.known[i].cond);
	}
	free(r->c.known);
	free_strv(r->c.env);
	free_strv(r->known_tags);
	regex_free(r->c.diag);
	free((char *)r->c.tmproot);
	goenv_free(r->go);
	profile_free(r->prof);
	free(r->ppath);
	free(r->cfg);
	free(r->cwd);
}

/* Run the tests of R; with M, record their verdicts there. */
static int
run_tests(struct run *r, struct matrix *m)
{
	struct job *jobs = xcalloc(r->tests.n + 1, sizeof(*jobs));
	size_t i;
	int rc;

	for (i = 0; i < r->tests.n; i++) {
		jobs[i].index = i;
		jobs[i].path = r->tests.paths[i];
		arena_init(&jobs[i].arena);
	}
	if (r->opt.n <= 0)
		r->opt.n = sysconf(_SC_NPROCESSORS_ONLN) > 0 ?
			   sysconf(_SC_NPROCESSORS_ONLN) : 1;
	proc_init();
	report_init(&r->opt);
	rc = sched_run(jobs, r->tests.n, &r->c, r->opt.n);
	if (r->opt.keep)
		fprintf(stderr, "rundriver: temp files kept in %s\n",
			r->c.tmproot);
	else if (tmpdir_remove(r->c.tmproot) < 0)
		warn("cannot remove %s: %s", r->c.tmproot, strerror(errno));
	if (m)
		matrix_add(m, r->prof->name, jobs, r->tests.n);
	free(jobs);
	return rc;
}

/* Load the profile NAME, check its compiler, find the tests; with MANY
 * (a matrix), the Go dialect is refused. */
static void
run_prepare(struct run *r, const struct options *opt, const char *name,
	    int many)
{
	char err[512];

	r->opt = *opt;
	r->cfg = config_dir();
	r->ppath = profile_find(name, r->cfg);
	r->prof = profile_load(r->ppath);
	r->compiler = opt->compiler ? opt->compiler :
		      getenv("RUNDRIVER_COMPILER");
	if (!r->compiler || !*r->compiler)
		r->compiler = r->prof->compiler;
	if (!opt->list && !runnable(r->compiler))
		fatal("%s: compiler \"%s\" not found or not executable",
		      r->ppath, r->compiler);
	if (!opt->list && guard_devnull(err, sizeof(err)) < 0)
		fatal("%s; refusing to run tests", err);
	if (strcmp(r->prof->dialect, "go") == 0) {
		if (many)
			fatal("%s: a Go profile cannot be part of a profile "
			      "matrix", r->ppath);
		r->go = goenv_load(r->compiler);
	}
	run_discover(r);
}

/* Split the -profile value on commas into a malloc'd vector. */
static char **
profile_names(const char *arg, size_t *n)
{
	char **v = NULL, *copy = xstrdup(arg ? arg : "cc"), *save = NULL, *w;

	*n = 0;
	for (w = strtok_r(copy, ",", &save); w; w = strtok_r(NULL, ",", &save)) {
		v = xrealloc(v, (*n + 2) * sizeof(char *));
		v[(*n)++] = xstrdup(w);
		v[*n] = NULL;
	}
	free(copy);
	if (*n == 0)
		fatal("-profile: no profile named in \"%s\"", arg);
	return v;
}

/* Run every profile of NAMES in turn, then print the matrix. */
static int
run_matrix(const struct options *opt, char **names, size_t n)
{
	struct run *runs = xcalloc(n, sizeof(*runs));
	struct matrix m;
	size_t i;
	int rc = 0, one;

	for (i = 0; i < n; i++)
		run_prepare(&runs[i], opt, names[i], n > 1);
	if (opt->list) {
		rc = list_tests(&runs[0].tests, runs[0].go != NULL);
	} else if (n == 1) {
		run_context(&runs[0]);
		rc = run_tests(&runs[0], NULL);
	} else {
		matrix_init(&m, runs[0].tests.paths, runs[0].tests.n);
		for (i = 0; i < n; i++) {
			printf("%s== profile %s: %s\n", i ? "\n" : "",
			       runs[i].prof->name, runs[i].compiler);
			fflush(stdout);
			run_context(&runs[i]);
			one = run_tests(&runs[i], &m);
			rc = one > rc ? one : rc;
		}
		matrix_print(&m);
		matrix_release(&m);
	}
	for (i = 0; i < n; i++)
		run_release(&runs[i]);
	free(runs);
	return rc;
}

int
main(int argc, char **argv)
{
	struct options opt;
	char err[512], **names;
	size_t n;
	int rc;

	memset(&opt, 0, sizeof(opt));
	if (argc > 1 && strcmp(argv[1], "promote") == 0)
		return promote_main(argc - 2, argv + 2);
	if (flags_parse(&opt, argc, argv, err, sizeof(err)) < 0) {
		fprintf(stderr, "rundriver: %s\n", err);
		flags_usage(stderr);
		return 2;
	}
	if (opt.help) {
		flags_usage(stdout);
		return 0;
	}
	names = profile_names(opt.profile, &n);
	rc = run_matrix(&opt, names, n);
	free_strv(names);
	return rc;
}
