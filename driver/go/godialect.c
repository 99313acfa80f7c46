/* The Go dialect's row of the dialect table: its set-up (go env, the
 * driver's own environment as run.go passes it, the known-failure tags)
 * and its discovery (run.go's). A test's life is goaction.c's. */
#define _POSIX_C_SOURCE 200809L
#include "godialect.h"
#include "cache.h"
#include "gojob.h"
#include "dialect.h"
#include "godiscover.h"
#include "goenv.h"
#include "gorecipe.h"
#include "profile.h"
#include "recipe.h"
#include "util.h"

#include <stdlib.h>
#include <string.h>

/* What a Go known-failure line's if= may test: the target, "unified"
 * when GOEXPERIMENT has it, "arch32" on 386, arm, mips and mipsle. */
static char **
known_tags(const struct goenv *g)
{
	static const char *const arch32[] = { "386", "arm", "mips", "mipsle" };
	char **t = xcalloc(5, sizeof(char *));
	size_t n = 0, i;

	t[n++] = xstrdup(g->goos);
	t[n++] = xstrdup(g->goarch);
	if (g->unified)
		t[n++] = xstrdup("unified");
	for (i = 0; i < sizeof(arch32) / sizeof(arch32[0]); i++)
		if (strcmp(g->goarch, arch32[i]) == 0)
			t[n++] = xstrdup("arch32");
	return t;
}

/* The children's environment: the driver's own, as run.go passes it,
 * with GOOS and GOARCH set when empty. */
static char **
driver_env(const struct goenv *g)
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

static void
setup(struct setup *s, const struct options *o, const struct profile *p)
{
	struct goenv *g = goenv_load(s->compiler);

	(void)o;
	s->tool = g;
	s->compiler = g->go;
	s->env = driver_env(g);
	if (p->direct_tools != SWITCH_OFF && goenv_tools(g) < 0)
		warn("%s env GOTOOLDIR failed: the tools run via \"go tool\"",
		     g->go);
	s->known_tags = known_tags(g);
}

static void
discover_tests(struct setup *s, const struct options *o,
	       const struct profile *p)
{
	(void)p;
	godiscover(o, s->tool, &s->tests, &s->cwd);
}

static void
release(void *tool)
{
	goenv_free(tool);
}

static const char *
action_of(struct arena *a, const char *path)
{
	struct recipe rec;
	struct gorecipe g;
	struct goflags f;
	char err[256], *text;
	size_t len;

	text = arena_slurp(a, path, &len);
	if (!text || gorecipe_cut(text, len, path, &g, err, sizeof(err)) ||
	    gorecipe_parse(a, &g, &rec, &f, err, sizeof(err)))
		return "?";
	return rec.action;
}

/* The toolchain beyond the go command: its tools (by contents) and
 * $GOROOT/pkg (by names, sizes and times: the compiled standard library
 * the tests link against). */
static void
identity(const struct ctx *c, struct cachekey *h)
{
	const struct goenv *g = c->tool;
	char *pkg = xasprintf("%s/pkg", g->goroot);

	if (g->tooldir)
		cache_add_tree(h, g->tooldir);
	cache_add_stat_tree(h, pkg);
	free(pkg);
}

const struct dialect go_dialect = {
	.name = "go",
	.title = "Go",
	.steps = 0,		/* run.go's commands are built in */
	.needs_diagnostics = 0,
	.in_matrix = 0,
	.stress = { "GOMAXPROCS", 0, 4 },	/* the seed's random loop */
	.setup = setup,
	.discover = discover_tests,
	.release = release,
	.start = goaction_start,
	.next = goaction_next,
	.action_of = action_of,
	.identity = identity,
};
