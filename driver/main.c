#define _GNU_SOURCE
#include "action.h"
#include "discover.h"
#include "flags.h"
#include "job.h"
#include "proc.h"
#include "profile.h"
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

/* Is NAME a program this process can run (through PATH when bare)? */
static int
runnable(const char *name)
{
	const char *path = getenv("PATH"), *p, *colon;
	char *full;
	int ok = 0;

	if (strchr(name, '/'))
		return access(name, X_OK) == 0;
	for (p = path ? path : "/usr/bin:/bin"; !ok; p = colon + 1) {
		colon = strchr(p, ':');
		full = xasprintf("%.*s/%s", colon ? (int)(colon - p) :
				 (int)strlen(p), p, name);
		ok = access(full, X_OK) == 0;
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

static int
list_tests(const struct testlist *t)
{
	struct job j;
	int line;
	char err[256], *text;
	size_t i;

	for (i = 0; i < t->n; i++) {
		memset(&j, 0, sizeof(j));
		arena_init(&j.arena);
		text = slurp_file(t->paths[i], NULL);
		if (text && recipe_parse(&j.arena, text, &j.rec, &line, err,
					 sizeof(err)) < 0)
			j.rec.action = NULL;
		printf("%s\t%s\n", t->paths[i], action_name(&j));
		free(text);
		arena_release(&j.arena);
	}
	return 0;
}

int
main(int argc, char **argv)
{
	struct options opt;
	struct profile *prof;
	struct testlist tests;
	struct ctx c;
	struct job *jobs;
	char err[512], *cfg, *ppath;
	const char *compiler, *deflt[] = { "test/" };
	size_t i;
	int rc;

	if (flags_parse(&opt, argc, argv, err, sizeof(err)) < 0) {
		fprintf(stderr, "rundriver: %s\n", err);
		flags_usage(stderr);
		return 2;
	}
	if (opt.help) {
		flags_usage(stdout);
		return 0;
	}
	cfg = config_dir();
	ppath = profile_find(opt.profile ? opt.profile : "cc", cfg);
	prof = profile_load(ppath);
	compiler = opt.compiler ? opt.compiler : getenv("RUNDRIVER_COMPILER");
	if (!compiler || !*compiler)
		compiler = prof->compiler;
	if (discover(opt.npaths ? (const char *const *)opt.paths : deflt,
		     opt.npaths ? (size_t)opt.npaths : 1,
		     (const char *const *)prof->extensions, opt.shard,
		     opt.shards, &tests, err, sizeof(err)) < 0)
		fatal("%s", err);
	if (opt.list) {
		rc = list_tests(&tests);
		testlist_free(&tests);
		profile_free(prof);
		free(ppath);
		free(cfg);
		return rc;
	}
	if (!runnable(compiler))
		fatal("%s: compiler \"%s\" not found or not executable",
		      ppath, compiler);

	memset(&c, 0, sizeof(c));
	c.opt = &opt;
	c.prof = prof;
	c.compiler = compiler;
	c.error_tags = (const char *const *)prof->error_tags;
	c.diag = regex_compile(prof->diagnostics, err, sizeof(err));
	c.env = child_env(prof);
	c.known = load_known(prof->known_failures, &c.nknown);
	c.known_tags = (const char *const *)prof->tags;
	c.tmproot = tmpdir_create();
	proc_init();

	jobs = xcalloc(tests.n + 1, sizeof(*jobs));
	for (i = 0; i < tests.n; i++) {
		jobs[i].index = i;
		jobs[i].path = tests.paths[i];
		arena_init(&jobs[i].arena);
	}
	if (opt.n <= 0)
		opt.n = sysconf(_SC_NPROCESSORS_ONLN) > 0 ?
			sysconf(_SC_NPROCESSORS_ONLN) : 1;
	report_init(&opt);
	rc = sched_run(jobs, tests.n, &c, opt.n);
	if (opt.keep)
		fprintf(stderr, "rundriver: temp files kept in %s\n",
			c.tmproot);
	else if (tmpdir_remove(c.tmproot) < 0)
		warn("cannot remove %s: %s", c.tmproot, strerror(errno));
	free(jobs);
	testlist_free(&tests);
	for (i = 0; i < c.nknown; i++) {
		free(c.known[i].path);
		free(c.known[i].cond);
	}
	free(c.known);
	for (i = 0; c.env[i]; i++)
		free(c.env[i]);
	free(c.env);
	regex_free(c.diag);
	free((char *)c.tmproot);
	profile_free(prof);
	free(ppath);
	free(cfg);
	return rc;
}
