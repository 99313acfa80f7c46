/* Suite files: the rundriver.yaml at the root of a test tree, found by
 * walking up from a test, read once per run (ytree.c) with every key
 * checked, and what it says of one test: whether it is taken, its golden
 * file, its known-failure list. Acting on the rest is the judges'. */
#define _XOPEN_SOURCE 700
#include "suite.h"
#include "arena.h"
#include "golden.h"
#include "util.h"
#include "ytree.h"

#include <errno.h>
#include <fnmatch.h>
#include <limits.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#define SUITE_FILE "rundriver.yaml"

/* A folder looked at, and the suite that holds it (NULL: none). */
struct seen {
	char *dir;
	struct suite *suite;
};

struct suites {
	struct seen *v;
	size_t n;
	struct suite **owned;
	size_t nowned;
};

struct suites *
suites_new(void)
{
	return xcalloc(1, sizeof(struct suites));
}

/* The scalar of node Y, or a fatal error naming L's file and KEY. */
static char *
scalar(const struct ysource *l, const struct ynode *y, const char *key)
{
	if (y->kind != Y_SCALAR || !y->value[0]) {
		ytree_error(l, y->line, y->col, "%s: expected a non-empty "
			    "string", key);
		fatal("%s", l->err);
	}
	return xstrdup(y->value);
}

/* The list of strings at Y into *V, *N. */
static void
list(const struct ysource *l, const struct ynode *y, const char *key,
     char ***v, size_t *n)
{
	size_t i;

	if (y->kind != Y_SEQ) {
		ytree_error(l, y->line, y->col, "%s: expected a list", key);
		fatal("%s", l->err);
	}
	for (i = 0; i < y->n; i++)
		strv_push(v, n, scalar(l, y->kids[i], key));
}

/* Y, one of the words CHOICES (NULL-terminated): its index. */
static int
choice(const struct ysource *l, const struct ynode *y, const char *key,
       const char *const *choices)
{
	char *v = scalar(l, y, key);
	int i;

	for (i = 0; choices[i]; i++)
		if (strcmp(v, choices[i]) == 0)
			break;
	if (!choices[i]) {
		ytree_error(l, y->line, y->col, "%s: expected %s or %s, got "
			    "\"%s\"", key, choices[0], choices[1], v);
		fatal("%s", l->err);
	}
	free(v);
	return i;
}

/* known_failures: a map of profile names to lists, paths from ROOT. */
static void
known(const struct ysource *l, const struct ynode *y, struct suite *s)
{
	size_t i;
	char *v;

	if (y->kind != Y_MAP) {
		ytree_error(l, y->line, y->col, "known_failures: expected a "
			    "map of profile names to files");
		fatal("%s", l->err);
	}
	for (i = 0; i + 1 < y->n; i += 2) {
		strv_push(&s->known, &s->nknown,
			  scalar(l, y->kids[i], "known_failures"));
		v = scalar(l, y->kids[i + 1], "known_failures");
		strv_push(&s->known, &s->nknown, v[0] == '/' ? v :
			  xasprintf("%s%s", s->root, v));
		if (v[0] != '/')
			free(v);
	}
}

/* Fill S from the mapping ROOT of file L. */
static void
fill(const struct ysource *l, const struct ynode *root, struct suite *s)
{
	static const char *const compares[] = { "exact", "ignore-space",
						NULL };
	static const char *const exits[] = { "check", "ignore", NULL };
	const struct ynode *k, *v;
	const char *key;
	size_t i;

	for (i = 0; i + 1 < root->n; i += 2) {
		k = root->kids[i];
		v = root->kids[i + 1];
		key = k->kind == Y_SCALAR ? k->value : "";
		if (strcmp(key, "default_action") == 0)
			s->default_action = scalar(l, v, key);
		else if (strcmp(key, "golden") == 0)
			s->golden = scalar(l, v, key);
		else if (strcmp(key, "flags") == 0)
			list(l, v, key, &s->flags, &s->nflags);
		else if (strcmp(key, "compare") == 0)
			s->compare = (enum suite_compare)choice(l, v, key,
								compares);
		else if (strcmp(key, "exit_status") == 0)
			s->ignore_exit = choice(l, v, key, exits);
		else if (strcmp(key, "include") == 0)
			list(l, v, key, &s->include, &s->ninclude);
		else if (strcmp(key, "exclude") == 0)
			list(l, v, key, &s->exclude, &s->nexclude);
		else if (strcmp(key, "known_failures") == 0)
			known(l, v, s);
		else {
			ytree_error(l, k->line, k->col, "unknown key \"%s\" "
				    "(expected default_action, golden, flags, "
				    "compare, exit_status, include, exclude "
				    "or known_failures)", key);
			fatal("%s", l->err);
		}
	}
}

/* Read the suite file at PATH, in folder DIR (absolute, with '/'). */
static struct suite *
suite_load(const char *path, const char *dir)
{
	char err[512];
	struct ysource l = { path, err, sizeof(err), NULL };
	struct suite *s = xcalloc(1, sizeof(*s));
	struct ynode *root;
	size_t len;
	char *text = slurp_file(path, &len);

	if (!text)
		fatal("%s: %s", path, strerror(errno));
	err[0] = '\0';
	root = ytree_parse(&l, text, len);
	free(text);
	if (!root && err[0])
		fatal("%s", err);
	if (root && root->kind != Y_MAP) {
		ytree_error(&l, root->line, root->col, "a suite file must be "
			    "a mapping");
		fatal("%s", err);
	}
	s->path = xstrdup(path);
	s->root = xstrdup(dir);
	if (root)
		fill(&l, root, s);
	ytree_free(root);
	return s;
}

/* The suite of absolute folder DIR (with a final '/'), looked up from DIR
 * up to '/', each folder's answer kept. */
static struct suite *
find_dir(struct suites *s, const char *dir)
{
	struct suite *found = NULL;
	char *path, *up;
	size_t i, n = strlen(dir);

	for (i = 0; i < s->n; i++)
		if (strcmp(s->v[i].dir, dir) == 0)
			return s->v[i].suite;
	path = xasprintf("%s%s", dir, SUITE_FILE);
	if (access(path, F_OK) == 0) {
		found = suite_load(path, dir);
		s->owned = xrealloc(s->owned, (s->nowned + 1) * sizeof(*s->owned));
		s->owned[s->nowned++] = found;
	} else if (n > 1) {
		for (n--; n > 0 && dir[n - 1] != '/'; n--)
			;
		up = xstrndup(dir, n);
		found = find_dir(s, up);
		free(up);
	}
	free(path);
	s->v = xrealloc(s->v, (s->n + 1) * sizeof(*s->v));
	s->v[s->n].dir = xstrdup(dir);
	s->v[s->n++].suite = found;
	return found;
}

const struct suite *
suites_find(struct suites *s, const char *path)
{
	char real[PATH_MAX], *dir;
	const char *slash;
	struct suite *found;

	if (!realpath(path, real))
		return NULL;
	slash = strrchr(real, '/');
	dir = xstrndup(real, (size_t)(slash - real) + 1);
	found = find_dir(s, dir);
	free(dir);
	return found;
}

/* PATH (as given) from the suite's root, in BUF (PATH_MAX bytes); or
 * PATH. */
static const char *
from_root(const struct suite *suite, const char *path, char *buf)
{
	size_t n = strlen(suite->root);

	if (!realpath(path, buf) || strncmp(buf, suite->root, n) != 0)
		return path;
	memmove(buf, buf + n, strlen(buf + n) + 1);
	return buf;
}

int
suite_takes(const struct suite *suite, const char *path)
{
	char buf[PATH_MAX];
	const char *rel;
	size_t i;
	int in;

	if (!suite || (!suite->ninclude && !suite->nexclude))
		return 1;
	rel = from_root(suite, path, buf);
	in = suite->ninclude == 0;
	for (i = 0; i < suite->ninclude && !in; i++)
		in = fnmatch(suite->include[i], rel, FNM_PATHNAME) == 0;
	for (i = 0; i < suite->nexclude && in; i++)
		in = fnmatch(suite->exclude[i], rel, FNM_PATHNAME) != 0;
	return in;
}

char *
suite_known(const struct suite *suite, const char *name)
{
	size_t i;

	for (i = 0; suite && i + 1 < suite->nknown; i += 2)
		if (strcmp(suite->known[i], name) == 0)
			return xstrdup(suite->known[i + 1]);
	return NULL;
}

char *
suite_golden(struct arena *a, const struct suite *suite, const char *path)
{
	const char *base = base_name(path), *dot;
	char *name, *g;

	if (!suite || !suite->golden)
		return golden_path(a, path);
	dot = strrchr(base, '.');
	name = arena_strndup(a, base, dot ? (size_t)(dot - base) :
			     strlen(base));
	g = arena_replace(a, suite->golden, "{name}", name);
	g = arena_replace(a, g, "{file}", base);
	return arena_printf(a, "%.*s%s", (int)(base - path), path, g);
}

static void
suite_free(struct suite *s)
{
	free(s->path);
	free(s->root);
	free(s->default_action);
	free(s->golden);
	free_strv(s->flags);
	free_strv(s->include);
	free_strv(s->exclude);
	free_strv(s->known);
	free(s);
}

void
suites_free(struct suites *s)
{
	size_t i;

	if (!s)
		return;
	for (i = 0; i < s->n; i++)
		free(s->v[i].dir);
	for (i = 0; i < s->nowned; i++)
		suite_free(s->owned[i]);
	free(s->v);
	free(s->owned);
	free(s);
}
