/* The Go toolchain under test, asked once with "go env" at set-up:
 * GOROOT, the target, the experiments run.go's tags see. The only place
 * that runs a command synchronously, before any test. */
#define _POSIX_C_SOURCE 200809L
#include "goenv.h"
#include "proc.h"
#include "util.h"

#include <stdlib.h>
#include <string.h>
#include <sys/wait.h>
#include <unistd.h>

static const char *const keys[] = { "GOROOT", "GOOS", "GOARCH",
				     "GOEXPERIMENT", "CGO_ENABLED", "GOHOSTOS",
				     "GOHOSTARCH" };
enum { NKEYS = sizeof(keys) / sizeof(keys[0]) };

static void
add_experiment(char ***v, size_t *n, const char *name, size_t len)
{
	size_t i;

	if (len > 2 && strncmp(name, "no", 2) == 0) {	/* noX turns X off */
		for (i = 0; i < *n; i++)
			if (strlen((*v)[i]) == len - 2 &&
			    strncmp((*v)[i], name + 2, len - 2) == 0) {
				free((*v)[i]);
				(*v)[i] = (*v)[--*n];
				(*v)[*n] = NULL;
			}
		return;
	}
	for (i = 0; i < *n; i++)
		if (strlen((*v)[i]) == len && strncmp((*v)[i], name, len) == 0)
			return;
	*v = xrealloc(*v, (*n + 2) * sizeof(**v));
	(*v)[(*n)++] = xstrndup(name, len);
	(*v)[*n] = NULL;
}

/* run.go's build.Default.ToolTags experiments: the per-arch baseline
 * (register ABI on amd64, arm64, ppc64, ppc64le, riscv64) and then
 * $GOEXPERIMENT of the driver's own environment. */
static char **
tool_experiments(const char *goarch)
{
	static const char *const regabi[] = { "amd64", "arm64", "ppc64",
					      "ppc64le", "riscv64" };
	const char *env = getenv("GOEXPERIMENT"), *p, *comma;
	char **v = xcalloc(1, sizeof(*v));
	size_t n = 0, i;

	for (i = 0; i < sizeof(regabi) / sizeof(regabi[0]); i++)
		if (strcmp(goarch, regabi[i]) == 0) {
			add_experiment(&v, &n, "regabiwrappers", 14);
			add_experiment(&v, &n, "regabiargs", 10);
		}
	for (p = env; p && *p; p = comma + 1) {
		comma = strchr(p, ',');
		if (!comma)
			comma = p + strlen(p);
		if (comma > p)
			add_experiment(&v, &n, p, (size_t)(comma - p));
		if (!*comma)
			break;
	}
	return v;
}

static int
has_word(const char *list, const char *word)
{
	size_t n = strlen(word);
	const char *p = list;

	while ((p = strstr(p, word))) {
		if ((p == list || p[-1] == ',') && (p[n] == ',' || !p[n]))
			return 1;
		p += n;
	}
	return 0;
}

/* The go command: $GOROOT/bin/go when COMPILER is the plain "go". */
static char *
go_command(const char *compiler, const char *goroot)
{
	char *path;

	if (strcmp(compiler, "go") != 0)
		return xstrdup(compiler);
	path = xasprintf("%s/bin/go", goroot);
	if (access(path, X_OK) == 0)
		return path;
	free(path);
	return xstrdup("go");
}

struct goenv *
goenv_load(const char *compiler)
{
	char *argv[NKEYS + 3], *out, *p, *eol, *vals[NKEYS];
	const char *gcf = getenv("GO_GCFLAGS"), *scale;
	struct goenv *g = xcalloc(1, sizeof(*g));
	int st, i;

	argv[0] = (char *)compiler;
	argv[1] = "env";
	for (i = 0; i < NKEYS; i++)
		argv[i + 2] = (char *)keys[i];
	argv[NKEYS + 2] = NULL;
	st = proc_capture(argv, &out, SETUP_TIMEOUT);
	if (st != 0)
		fatal("%s env failed: %s", compiler, st == -2 ? "no answer "
		      "within " SETUP_TIMEOUT_TEXT : out ? out : "cannot run");
	for (i = 0, p = out; i < NKEYS; i++) {	/* one line a key, maybe empty */
		eol = strchr(p, '\n');
		vals[i] = eol ? xstrndup(p, (size_t)(eol - p)) : xstrdup(p);
		p = eol ? eol + 1 : p + strlen(p);
	}
	free(out);
	g->goroot = vals[0];
	g->goos = vals[1];
	g->goarch = vals[2];
	g->goexperiment = vals[3];
	g->cgo = strcmp(vals[4], "1") == 0;
	free(vals[4]);
	g->hostos = vals[5];
	g->hostarch = vals[6];
	g->unified = has_word(g->goexperiment, "unified");
	g->gcflags = xstrdup(gcf ? gcf : "");
	g->gcflags_noopt = strstr(g->gcflags, "-N") || strstr(g->gcflags, "-l");
	g->experiments = tool_experiments(g->goarch);
	g->go = go_command(compiler, g->goroot);
	scale = getenv("GO_TEST_TIMEOUT_SCALE");
	g->timeout_scale = scale && *scale ? atol(scale) : 1;
	if (g->timeout_scale <= 0)
		fatal("invalid $GO_TEST_TIMEOUT_SCALE \"%s\"", scale);
	return g;
}

/* The variables the go command sets in its own environment before it
 * runs a tool (cmd/go's MkEnv: each one whose value differs from the
 * environment's), so that a tool started directly sees what "go tool"
 * would have shown it. The arch variable of every GOARCH is asked; the
 * ones that do not apply answer empty and are left alone. */
static const char *const tool_keys[] = {
	"GO111MODULE", "GOARCH", "GOBIN", "GOCACHE", "GOENV", "GOEXE",
	"GOEXPERIMENT", "GOFLAGS", "GOHOSTARCH", "GOHOSTOS", "GOINSECURE",
	"GOMODCACHE", "GONOPROXY", "GONOSUMDB", "GOOS", "GOPATH", "GOPRIVATE",
	"GOPROXY", "GOROOT", "GOSUMDB", "GOTMPDIR", "GOTOOLDIR", "GOVCS",
	"GOVERSION", "GOAMD64", "GO386", "GOARM", "GOMIPS", "GOMIPS64",
	"GOPPC64", "GOWASM", "GCCGO", "AR", "CC", "CXX", "CGO_ENABLED",
};
enum { NTOOLKEYS = sizeof(tool_keys) / sizeof(tool_keys[0]) };

/* What a test's commands have in place of the driver's NAME: run.go
 * gives them GOENV=off and an empty GOFLAGS. */
static const char *
child_value(const char *name)
{
	const char *v;

	if (strcmp(name, "GOENV") == 0)
		return "off";
	if (strcmp(name, "GOFLAGS") == 0)
		return "";
	v = getenv(name);
	return v ? v : "";
}

/* setenv NAME VALUE, or unsetenv when VALUE is NULL. */
static void
set_or_unset(const char *name, const char *value)
{
	if (value)
		setenv(name, value, 1);
	else
		unsetenv(name);
}

int
goenv_tools(struct goenv *g)
{
	char *argv[NTOOLKEYS + 3], *out, *p, *eol, *v, *oldenv, *oldflags;
	size_t n = 0;
	int st, i;

	oldenv = getenv("GOENV") ? xstrdup(getenv("GOENV")) : NULL;
	oldflags = getenv("GOFLAGS") ? xstrdup(getenv("GOFLAGS")) : NULL;
	setenv("GOENV", "off", 1);	/* as the tests' commands ask */
	setenv("GOFLAGS", "", 1);
	argv[0] = g->go;
	argv[1] = "env";
	for (i = 0; i < NTOOLKEYS; i++)
		argv[i + 2] = (char *)tool_keys[i];
	argv[NTOOLKEYS + 2] = NULL;
	st = proc_capture(argv, &out, SETUP_TIMEOUT);
	set_or_unset("GOENV", oldenv);
	set_or_unset("GOFLAGS", oldflags);
	free(oldenv);
	free(oldflags);
	if (st != 0) {
		free(out);
		return -1;
	}
	g->toolenv = xcalloc(NTOOLKEYS + 1, sizeof(char *));
	for (i = 0, p = out; i < NTOOLKEYS && *p; i++) {
		eol = strchr(p, '\n');
		v = eol ? xstrndup(p, (size_t)(eol - p)) : xstrdup(p);
		p = eol ? eol + 1 : p + strlen(p);
		if (strcmp(tool_keys[i], "GOTOOLDIR") == 0)
			g->tooldir = xstrdup(v);
		if (strcmp(v, child_value(tool_keys[i])) != 0)
			g->toolenv[n++] = xasprintf("%s=%s", tool_keys[i], v);
		free(v);
	}
	free(out);
	if (i < NTOOLKEYS || !g->tooldir || !*g->tooldir) {
		free_strv(g->toolenv);
		g->toolenv = NULL;
		free(g->tooldir);
		g->tooldir = NULL;
		return -1;
	}
	return 0;
}

void
goenv_free(struct goenv *g)
{
	if (!g)
		return;
	free(g->go);
	free(g->goroot);
	free(g->goos);
	free(g->goarch);
	free(g->hostos);
	free(g->hostarch);
	free(g->goexperiment);
	free(g->gcflags);
	free(g->tooldir);
	free_strv(g->toolenv);
	free_strv(g->experiments);
	free(g);
}
