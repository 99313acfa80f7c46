/* One run per profile: the profile and its compiler checked, the
 * dialect's set-up and discovery, the jobs handed to the scheduler, and
 * everything released after; the matrix when there are several. What a
 * dialect does is behind its row of the table (dialect.h). */
#define _GNU_SOURCE
#include "run.h"
#include "cache.h"
#include "config.h"
#include "dialect.h"
#include "flags.h"
#include "guard.h"
#include "job.h"
#include "known.h"
#include "machine.h"
#include "matrix.h"
#include "proc.h"
#include "profile.h"
#include "recipe.h"
#include "regex.h"
#include "report.h"
#include "results.h"
#include "sched.h"
#include "stress.h"
#include "suite.h"
#include "tmpdir.h"
#include "util.h"

#include <dirent.h>
#include <errno.h>
#include <fnmatch.h>
#include <limits.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

/* A suite met in the run and the known-failure list it names for the
 * run's profile (NULL: none). */
struct suite_list {
	const struct suite *suite;
	struct known *known;
};

/* Everything one profile's run holds, from its set-up to its release. */
struct run {
	struct options opt;
	char *cfg, *ppath;
	struct profile *prof;
	char *compiler;		/* -compiler, $RUNDRIVER_COMPILER or the
				 * profile's; absolute when it has a '/' */
	char *release;		/* what the compiler reported, or NULL */
	struct setup s;
	struct known *known;
	struct suites *suites;	/* the rundriver.yaml files of the tests */
	const struct suite **suite_of;	/* each test's, or NULL */
	struct known **suite_known;	/* each test's suite's list, or NULL */
	struct suite_list *lists;	/* each suite's list, owned */
	size_t nlists;
	struct results *res;	/* the working folder's last verdicts */
	struct ctx c;
};

/* The release the compiler reports, read by the profile's release:
 * pattern from the output of its version command; NULL, with a warning,
 * when that fails. Under -bisect the version step runs even without a
 * release: pattern, and a compiler that fails it cannot be judged. */
static char *
run_release_of(const struct run *r)
{
	const struct tmpl *t = &r->prof->version;
	char **argv = xcalloc(t->n + 1, sizeof(char *)), *out = NULL, *rel = NULL;
	const char *why;
	long start, end;
	size_t i;
	int st;

	for (i = 0; i < t->n; i++)
		argv[i] = strcmp(t->words[i], "{compiler}") == 0 ?
			  xstrdup(r->compiler) : xstrdup(t->words[i]);
	st = proc_capture(argv, &out, SETUP_TIMEOUT);
	why = st == -2 ? "no answer within " SETUP_TIMEOUT_TEXT :
	      st == -1 ? "it cannot start" : st != 0 ? "it failed" : NULL;
	if (why && r->opt.bisect)
		fatal_unusable("%s: the version step \"%s\" of compiler \"%s\": "
			       "%s: this commit cannot be judged", r->ppath,
			       argv[0], r->compiler, why);
	if (!why && r->prof->release_rx && regex_group(r->prof->release_rx,
			out, strlen(out), "release", &start, &end) == 1 &&
	    start >= 0)
		rel = xstrndup(out + start, (size_t)(end - start));
	else if (r->prof->release_rx)
		warn("%s: no release in the output of \"%s\" (%s): release "
		     "ranges of bug: and fixed: lines are not applied", r->ppath,
		     argv[0], why ? why : "no match of release:");
	free(out);
	free_strv(argv);
	return rel;
}

/* Add the words of -flags WORDS (quoted as in a directive) after the
 * flags of profile P; a quoting error is fatal. */
static void
add_flags(struct profile *p, const char *words)
{
	struct arena a;
	char **w, err[256];
	size_t n, i;

	arena_init(&a);
	if (recipe_split(&a, words, &w, &n, err, sizeof(err)) < 0)
		fatal("-flags: %s", err);
	for (i = 0; i < n; i++)
		strv_push(&p->flags.words, &p->flags.n, xstrdup(w[i]));
	arena_release(&a);
}

/* The compiler command C as every test's folder sees it: a path with a
 * '/' made absolute, from the folder of the profile file FROM (NULL: the
 * current folder); a bare name stays one, for PATH. Malloc'd. */
static char *
compiler_path(const char *c, const char *from)
{
	const char *slash = from ? strrchr(from, '/') : NULL;
	char *joined, *cwd, *abs;

	if (!strchr(c, '/') || c[0] == '/')
		return xstrdup(c);
	joined = slash ? xasprintf("%.*s/%s", (int)(slash - from), from, c) :
			 xstrdup(c);
	abs = realpath(joined, NULL);
	if (!abs && joined[0] != '/' && (cwd = getcwd(NULL, 0))) {
		abs = xasprintf("%s/%s", cwd, joined);	/* missing: said later */
		free(cwd);
	}
	if (!abs)
		abs = xstrdup(joined);
	free(joined);
	return abs;
}

/* Each test's suite file: the tests its include and exclude globs leave
 * out dropped, the known-failure list it names for this profile read
 * (once per suite). */
static void
run_suites(struct run *r)
{
	struct testlist kept = { 0 };
	const struct suite *su;
	struct known *k;
	size_t i, j;
	char *list;

	r->suites = suites_new();
	r->suite_of = xcalloc(r->s.tests.n + 1, sizeof(*r->suite_of));
	r->suite_known = xcalloc(r->s.tests.n + 1, sizeof(*r->suite_known));
	for (i = 0; i < r->s.tests.n; i++) {
		su = suites_find(r->suites, r->s.tests.paths[i]);
		if (!suite_takes(su, r->s.tests.paths[i])) {
			free(r->s.tests.paths[i]);
			continue;
		}
		for (j = 0; j < r->nlists && r->lists[j].suite != su; j++)
			;
		if (su && j == r->nlists) {
			list = suite_known(su, r->prof->name);
			r->lists = xrealloc(r->lists, (r->nlists + 1) *
					    sizeof(*r->lists));
			r->lists[j].suite = su;
			r->lists[j].known = list ? known_load(list, su->path) :
					    NULL;
			r->nlists++;
			free(list);
		}
		k = su ? r->lists[j].known : NULL;
		r->suite_of[kept.n] = su;
		r->suite_known[kept.n] = k;
		testlist_push(&kept, r->s.tests.paths[i]);
	}
	kept.others = r->s.tests.others;	/* other shards', same rules */
	for (i = 0; i < r->s.tests.nothers; i++) {
		if (suite_takes(suites_find(r->suites, r->s.tests.others[i]),
				r->s.tests.others[i]))
			kept.others[kept.nothers++] = r->s.tests.others[i];
		else
			free(r->s.tests.others[i]);
	}
	free(r->s.tests.paths);
	r->s.tests = kept;
}

/* Is test I of R on a known-failure list: the profile's, or its suite's
 * for this profile (with its path from the suite's root)? */
static int
run_known(const struct run *r, size_t i)
{
	const char *path = r->s.tests.paths[i];
	char *real;
	int hit;

	if (r->opt.no_known)
		return 0;
	if (known_match(r->known, path, r->c.known_tags))
		return 1;
	if (!r->suite_known[i] || !(real = realpath(path, NULL)))
		return 0;
	hit = known_match(r->suite_known[i], real + strlen(r->suite_of[i]->root),
			  r->c.known_tags);
	free(real);
	return hit;
}

/* -failed: keep only the tests of each of the N RUNS that failed the last
 * time under one of their profiles; when none did, say so and stop. */
static void
keep_failed(struct run *runs, size_t n)
{
	const char **profiles = xcalloc(n + 1, sizeof(char *));
	struct run *r;
	size_t i, k, kept;

	for (k = 0; k < n; k++)
		profiles[k] = runs[k].prof->name;
	for (k = 0; k < n; k++) {
		r = &runs[k];
		for (i = kept = 0; i < r->s.tests.n; i++) {
			if (!results_failed(r->res, profiles, n,
					    r->s.tests.paths[i])) {
				free(r->s.tests.paths[i]);
				continue;
			}
			r->suite_of[kept] = r->suite_of[i];
			r->suite_known[kept] = r->suite_known[i];
			r->s.tests.paths[kept++] = r->s.tests.paths[i];
		}
		r->s.tests.n = kept;
	}
	free(profiles);
	if (runs[0].s.tests.n == 0) {
		fprintf(stderr, "rundriver: -failed: no test failed in the last "
			"run here (%s)\n", results_file(runs[0].res));
		exit(0);
	}
}

/* Load the profile NAME, check its compiler, set up its dialect and find
 * the tests; with MANY (a matrix), a dialect that cannot be part of one
 * is refused. */
static void
run_prepare(struct run *r, const struct options *opt, const char *name,
	    int many)
{
	const struct dialect *d;
	const char *given;
	char err[512];

	r->opt = *opt;
	r->cfg = config_dir();
	r->ppath = profile_find(name, r->cfg);
	r->prof = profile_load(r->ppath);
	if (opt->flags)
		add_flags(r->prof, opt->flags);
	d = r->prof->dialect;
	given = opt->compiler ? opt->compiler : getenv("RUNDRIVER_COMPILER");
	r->compiler = given && *given ? compiler_path(given, NULL) :
		      compiler_path(r->prof->compiler, r->ppath);
	if (!opt->list && !config_runnable(r->compiler))
		fatal_unusable("%s: compiler \"%s\" not found or not "
			       "executable", r->ppath, r->compiler);
	if (!opt->list && guard_devnull(err, sizeof(err)) < 0)
		fatal("%s; refusing to run tests", err);
	if (many && !d->in_matrix)
		fatal("%s: a %s profile cannot be part of a profile matrix",
		      r->ppath, d->title);
	if (!opt->list && (r->prof->release_rx || opt->bisect) &&
	    r->prof->version.n > 0)
		r->release = run_release_of(r);
	r->s.compiler = r->compiler;
	d->setup(&r->s, &r->opt, r->prof);
	r->known = known_load(r->prof->known_failures, r->ppath);
	d->discover(&r->s, &r->opt, r->prof);
	run_suites(r);
}

/* What every test of the run shares, and the run's temp folder. */
static void
run_context(struct run *r)
{
	struct ctx *c = &r->c;

	c->opt = &r->opt;
	c->prof = r->prof;
	c->dialect = r->prof->dialect;
	c->compiler = r->s.compiler;
	c->release = r->release;
	c->env = r->s.env;
	c->known = r->known;
	c->known_tags = (const char *const *)r->s.known_tags;
	c->cwd = r->s.cwd;
	c->tool = r->s.tool;
	c->tmproot = tmpdir_create();
}

static void
run_release(struct run *r)
{
	size_t i;

	testlist_free(&r->s.tests);
	free(r->s.cwd);
	free_strv(r->s.env);
	free_strv(r->s.known_tags);
	if (r->prof)
		r->prof->dialect->release(r->s.tool);
	known_free(r->known);
	for (i = 0; i < r->nlists; i++)
		known_free(r->lists[i].known);
	free(r->lists);
	free(r->suite_known);
	free(r->suite_of);
	suites_free(r->suites);
	free(r->compiler);
	free(r->release);
	free((char *)r->c.tmproot);
	profile_free(r->prof);
	free(r->ppath);
	free(r->cfg);
}

/* -bisect: could the compiler start for none of the tests that ran? Then
 * the commit cannot be judged; say so. */
static int
all_unusable(const struct run *r, const struct job *jobs, size_t n)
{
	size_t i, ran = 0, unusable = 0, first = n;

	for (i = 0; i < n; i++) {
		if (jobs[i].status == ST_SKIP)
			continue;
		ran++;
		if (jobs[i].unusable && unusable++ == 0)
			first = i;
	}
	if (ran == 0 || unusable < ran)
		return 0;
	warn("%s: compiler \"%s\" could not be started for any of the %zu "
	     "tests (%s the first): this commit cannot be judged", r->ppath,
	     r->compiler, ran, jobs[first].path);
	return 1;
}

/* Run the tests of R (-count times each, side by side); with M, record
 * their verdicts there. */
static int
run_tests(struct run *r, struct matrix *m)
{
	size_t reps = r->opt.count > 1 ? (size_t)r->opt.count : 1;
	size_t total = r->s.tests.n * reps, i, t;
	size_t *order = results_order(r->res, r->prof->name, r->s.tests.paths,
				      r->s.tests.n, reps);
	struct job *jobs = xcalloc(total + 1, sizeof(*jobs));
	struct matrix_col col;
	int rc;

	for (i = 0; i < total; i++) {
		t = i / reps;
		jobs[i].index = i;
		jobs[i].path = r->s.tests.paths[t];
		jobs[i].suite = r->suite_of[t];
		jobs[i].expect_fail = run_known(r, t);
		arena_init(&jobs[i].arena);
	}
	if (r->opt.n <= 0)
		r->opt.n = sysconf(_SC_NPROCESSORS_ONLN) > 0 ?
			   sysconf(_SC_NPROCESSORS_ONLN) : 1;
	proc_init();
	report_init(&r->opt);
	machine_profile(r->prof->name, m != NULL);
	machine_expect(r->s.tests.paths, r->s.tests.n, r->s.tests.others,
		       r->s.tests.nothers);
	r->c.cache = cache_open(&r->opt, r->prof);
	if (r->c.cache)
		cache_begin(r->c.cache, &r->c);
	rc = sched_run(jobs, total, order, &r->c, r->opt.n);
	cache_close(r->c.cache);
	r->c.cache = NULL;
	free(order);
	if (reps == 1 && !r->opt.bisect && !r->opt.stress && r->opt.seed < 0)
		for (i = 0; i < total; i++)
			results_put(r->res, r->prof->name, jobs[i].path,
				    jobs[i].status, jobs[i].secs);
	if (r->opt.keep)
		fprintf(stderr, "rundriver: temp files kept in %s\n",
			r->c.tmproot);
	else if (tmpdir_remove(r->c.tmproot) < 0)
		warn("cannot remove %s: %s", r->c.tmproot, strerror(errno));
	if (r->opt.bisect && all_unusable(r, jobs, total))
		rc = exit_unusable;
	if (m) {
		col.name = r->prof->name;
		col.family = r->prof->family;
		col.release = r->release;
		matrix_add(m, &col, jobs, r->s.tests.n);
	}
	free(jobs);
	return rc;
}

/* -stress: rounds of R's tests, each with the -n and environment its
 * seed draws, until one fails or the time is up; -seed S: the round of
 * seed S alone. Say how to replay a failing round. */
static int
run_stress(struct run *r)
{
	long cores = sysconf(_SC_NPROCESSORS_ONLN) > 0 ?
		     sysconf(_SC_NPROCESSORS_ONLN) : 1;
	double end = now_mono() + (r->opt.stress_time > 0 ?
				   r->opt.stress_time : 600);
	uint64_t base = stress_base();
	struct stress_round sr;
	unsigned long k;
	char **env, *cmd;
	int rc = 0;

	for (k = 0; rc == 0 && (k == 0 || (r->opt.seed < 0 &&
					   now_mono() < end)); k++) {
		stress_round(&sr, r->opt.seed >= 0 ? (uint64_t)r->opt.seed :
			     stress_seed(base, k), r->prof->dialect, cores);
		free((char *)r->c.tmproot);
		run_context(r);
		r->c.env = env = stress_env(r->s.env, &sr);
		r->opt.n = sr.n;
		printf("stress: round %lu  seed %llu  -n %ld", k + 1,
		       (unsigned long long)sr.seed, sr.n);
		if (sr.var)
			printf("  %s=%ld", sr.var, sr.value);
		printf("\n");
		fflush(stdout);
		rc = run_tests(r, NULL);
		free_strv(env);
	}
	if (rc == 0) {
		printf("stress: %lu round%s passed\n", k, k == 1 ? "" : "s");
		return 0;
	}
	cmd = stress_replay(&r->opt, &sr);
	printf("stress: round %lu failed (seed %llu); replay it with\n  %s\n",
	       k, (unsigned long long)sr.seed, cmd);
	free(cmd);
	return rc;
}

/* -list: each test of R and its action word. */
static int
run_list(const struct run *r)
{
	struct arena a;
	size_t i;

	for (i = 0; i < r->s.tests.n; i++) {
		arena_init(&a);
		printf("%s\t%s\n", r->s.tests.paths[i],
		       r->prof->dialect->action_of(&a, r->s.tests.paths[i]));
		arena_release(&a);
	}
	return 0;
}

/* Run each of the N prepared RUNS in turn, then print their matrix. */
static int
run_matrix(struct run *runs, size_t n)
{
	struct matrix m;
	size_t i;
	int rc = 0, one;

	matrix_init(&m, runs[0].s.tests.paths, runs[0].s.tests.n);
	for (i = 0; i < n; i++) {
		printf("%s== profile %s: %s%s%s\n", i ? "\n" : "",
		       runs[i].prof->name, runs[i].compiler,
		       runs[i].release ? " " : "",
		       runs[i].release ? runs[i].release : "");
		fflush(stdout);
		run_context(&runs[i]);
		one = run_tests(&runs[i], &m);
		rc = one > rc ? one : rc;
	}
	matrix_print(&m, runs[0].opt.verbose);
	matrix_release(&m);
	return rc;
}

int
run_profiles(const struct options *opt, char **given, size_t n)
{
	char **names = config_expand(given, &n);
	struct run *runs = xcalloc(n, sizeof(*runs));
	const char *store = getenv("RUNDRIVER_STORE");
	struct results *res = results_load(store && *store ? store :
					   ".rundriver");
	struct options with = *opt;
	char **failed = NULL;
	size_t i, k, nfailed;
	int rc;

	if (opt->failed && opt->npaths == 0) {	/* the failures themselves */
		failed = results_failed_paths(res, &nfailed);
		if (nfailed == 0) {
			fprintf(stderr, "rundriver: -failed: no test failed in "
				"the last run here (%s)\n", results_file(res));
			exit(0);
		}
		with.paths = failed;
		with.npaths = (int)nfailed;
		opt = &with;
	}
	for (i = 0; i < n; i++) {
		runs[i].res = res;
		run_prepare(&runs[i], opt, names[i], n > 1);
		for (k = 0; k < i; k++)
			if (strcmp(runs[k].prof->name, runs[i].prof->name) == 0)
				fatal("%s and %s are both called \"%s\": the "
				      "profiles of a matrix need names of their "
				      "own", runs[k].ppath, runs[i].ppath,
				      runs[i].prof->name);
	}
	if (opt->failed)
		keep_failed(runs, n);
	if ((opt->tap || (opt->json && !strcmp(opt->json, "-"))) &&
	    (n > 1 || opt->stress || opt->seed >= 0))
		fatal("-tap and -json - own stdout: one profile, no -stress");
	machine_open(opt);
	if (n > 1 && (opt->count > 1 || opt->stress || opt->seed >= 0))
		fatal("-count, -stress and -seed run under one profile, not "
		      "a matrix of %zu", n);
	if (opt->list) {
		rc = run_list(&runs[0]);
	} else if (n == 1 && (opt->stress || opt->seed >= 0)) {
		rc = run_stress(&runs[0]);
	} else if (n == 1) {
		run_context(&runs[0]);
		rc = run_tests(&runs[0], NULL);
	} else {
		rc = run_matrix(runs, n);
	}
	if (machine_close() < 0 && rc == 0)
		rc = 1;
	if (!opt->list && results_save(res) < 0)
		warn("cannot save the results of this run in %s: %s",
		     results_file(res), strerror(errno));
	results_free(res);
	free_strv(failed);
	for (i = 0; i < n; i++)
		run_release(&runs[i]);
	free(runs);
	free_strv(names);
	return rc;
}
