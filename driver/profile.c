/* Profiles: a YAML file (read by ytree.c) turned into a struct profile,
 * checking every key, type and placeholder, and what the profile's
 * dialect needs of it. It runs nothing. */
#define _POSIX_C_SOURCE 200809L
#include "profile.h"
#include "dialect.h"
#include "dialects.h"
#include "regex.h"
#include "strbuf.h"
#include "tmpl.h"
#include "util.h"
#include "ytree.h"

#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

/* The typed readers: each fills one field of the profile from a node. */
enum ktype {
	K_STR, K_LIST, K_TMPL, K_WORDS, K_STEPS, K_SECONDS, K_SIZE, K_ENV, K_SWITCH,
	K_BASE,			/* extends: read first, by profile_fill */
};

struct key {
	const char *name;
	enum ktype type;
	size_t off;		/* offset of the field */
	size_t off_n;		/* K_LIST: offset of its count */
};

#define FIELD(f) offsetof(struct profile, f)

static const struct key keys[] = {
	{ "name", K_STR, FIELD(name), 0 },
	{ "dialect", K_STR, FIELD(dialect_name), 0 },
	{ "extensions", K_LIST, FIELD(extensions), FIELD(nextensions) },
	{ "compiler", K_STR, FIELD(compiler), 0 },
	{ "version", K_TMPL, FIELD(version), 0 },
	{ "flags", K_TMPL, FIELD(flags), 0 },
	{ "steps", K_STEPS, FIELD(steps), 0 },
	{ "depflags", K_WORDS, FIELD(depflags), 0 },
	{ "diagnostics", K_STR, FIELD(diagnostics), 0 },
	{ "error_tags", K_LIST, FIELD(error_tags), FIELD(nerror_tags) },
	{ "tags", K_LIST, FIELD(tags), FIELD(ntags) },
	{ "timeout", K_SECONDS, FIELD(timeout), 0 },
	{ "output_limit", K_SIZE, FIELD(output_limit), 0 },
	{ "env", K_ENV, FIELD(env), FIELD(nenv) },
	{ "known_failures", K_STR, FIELD(known_failures), 0 },
	{ "family", K_STR, FIELD(family), 0 },
	{ "release", K_STR, FIELD(release), 0 },
	{ "value_flags", K_LIST, FIELD(value_flags), FIELD(nvalue_flags) },
	{ "cache", K_SWITCH, FIELD(cache), 0 },
	{ "tool_env", K_ENV, FIELD(tool_env), FIELD(ntool_env) },
	{ "direct_tools", K_SWITCH, FIELD(direct_tools), 0 },
	{ "identity", K_LIST, FIELD(identity), FIELD(nidentity) },
	{ "extends", K_BASE, 0, 0 },
};

enum { MAX_BASES = 8 };		/* extends: chains longer than this loop */

static const char *const step_names[STEP_NKINDS] = {
	[STEP_COMPILE] = "compile",
	[STEP_BUILD] = "build",
	[STEP_CHECK] = "check",
	[STEP_ASM] = "asm",
	[STEP_RUN] = "run",
	[STEP_DEPS] = "deps",
};

static int
want_kind(const struct ysource *l, const struct ynode *y, enum ykind kind)
{
	static const char *const names[] = { "a string", "a list", "a map" };

	if (y->kind == kind)
		return 0;
	return ytree_error(l, y->line, y->col, "expected %s, got %s", names[kind],
		    names[y->kind]);
}

/* Read a list of strings into a NULL-terminated array. */
static int
read_list(const struct ysource *l, const struct ynode *y, char ***out, size_t *n)
{
	size_t i;

	if (want_kind(l, y, Y_SEQ) < 0)
		return -1;
	*out = xcalloc(y->n + 1, sizeof(**out));
	*n = y->n;
	for (i = 0; i < y->n; i++) {
		if (want_kind(l, y->kids[i], Y_SCALAR) < 0)
			return -1;
		(*out)[i] = xstrdup(y->kids[i]->value);
	}
	return 0;
}

static int
read_number(const struct ysource *l, const struct ynode *y, double *v)
{
	char *end;

	if (want_kind(l, y, Y_SCALAR) < 0)
		return -1;
	errno = 0;
	*v = strtod(y->value, &end);
	if (*end || end == y->value || errno || !(*v > 0))
		return ytree_error(l, y->line, y->col, "expected a positive number, "
			    "got \"%s\"", y->value);
	return 0;
}

/* on or off (YAML's true and false too): SWITCH_ON or SWITCH_OFF. */
static int
read_switch(const struct ysource *l, const struct ynode *y, int *v)
{
	static const char *const on[] = { "on", "true", "yes" };
	static const char *const off[] = { "off", "false", "no" };
	size_t i;

	if (want_kind(l, y, Y_SCALAR) < 0)
		return -1;
	for (i = 0; i < sizeof(on) / sizeof(on[0]); i++) {
		if (strcmp(y->value, on[i]) == 0) {
			*v = SWITCH_ON;
			return 0;
		}
		if (strcmp(y->value, off[i]) == 0) {
			*v = SWITCH_OFF;
			return 0;
		}
	}
	return ytree_error(l, y->line, y->col, "expected on or off, got \"%s\"",
			   y->value);
}

static int
read_steps(const struct ysource *l, const struct ynode *y, struct tmpl *steps)
{
	size_t i;
	int k;
	unsigned seen = 0;

	if (want_kind(l, y, Y_MAP) < 0)
		return -1;
	for (i = 0; i + 1 < y->n; i += 2) {
		if (want_kind(l, y->kids[i], Y_SCALAR) < 0)
			return -1;
		for (k = 0; k < STEP_NKINDS; k++)
			if (strcmp(y->kids[i]->value, step_names[k]) == 0)
				break;
		if (k == STEP_NKINDS)
			return ytree_error(l, y->kids[i]->line, y->kids[i]->col,
				    "unknown step \"%s\" (expected compile, "
				    "build, check, asm, run or deps)",
				    y->kids[i]->value);
		if (seen & (1u << k))
			return ytree_error(l, y->kids[i]->line, y->kids[i]->col,
				    "duplicate step \"%s\"", y->kids[i]->value);
		seen |= 1u << k;
		free_strv(steps[k].words);	/* a base's, replaced */
		steps[k].words = NULL;
		if (read_list(l, y->kids[i + 1], &steps[k].words,
			      &steps[k].n) < 0)
			return -1;
		if (tmpl_check(l, y->kids[i + 1]) < 0)
			return -1;
	}
	return 0;
}

static int
read_env(const struct ysource *l, const struct ynode *y, char ***env, size_t *n)
{
	size_t i;

	if (want_kind(l, y, Y_MAP) < 0)
		return -1;
	*env = xcalloc(y->n / 2 + 1, sizeof(**env));
	for (i = 0; i + 1 < y->n; i += 2) {
		if (want_kind(l, y->kids[i], Y_SCALAR) < 0 ||
		    want_kind(l, y->kids[i + 1], Y_SCALAR) < 0)
			return -1;
		if (!y->kids[i]->value[0] || strchr(y->kids[i]->value, '='))
			return ytree_error(l, y->kids[i]->line, y->kids[i]->col,
				    "bad environment variable name \"%s\"",
				    y->kids[i]->value);
		(*env)[(*n)++] = xasprintf("%s=%s", y->kids[i]->value,
					   y->kids[i + 1]->value);
	}
	return 0;
}

/* Drop what a base profile set for key K, which this file sets again. */
static void
forget(struct profile *p, const struct key *k)
{
	char *base = (char *)p;

	switch (k->type) {
	case K_STR:
		free(*(char **)(base + k->off));
		*(char **)(base + k->off) = NULL;
		break;
	case K_LIST:
	case K_ENV:
		free_strv(*(char ***)(base + k->off));
		*(char ***)(base + k->off) = NULL;
		*(size_t *)(base + k->off_n) = 0;
		break;
	case K_TMPL:
	case K_WORDS:
		free_strv(((struct tmpl *)(base + k->off))->words);
		memset(base + k->off, 0, sizeof(struct tmpl));
		break;
	default:		/* steps are replaced one by one */
		break;
	}
}

static int
read_key(const struct ysource *l, struct profile *p, const struct key *k,
	 const struct ynode *y)
{
	char *base = (char *)p;
	double v;
	struct tmpl *t;

	forget(p, k);
	switch (k->type) {
	case K_STR:
		if (want_kind(l, y, Y_SCALAR) < 0)
			return -1;
		if (!y->value[0])
			return ytree_error(l, y->line, y->col, "expected a "
				    "non-empty string");
		*(char **)(base + k->off) = xstrdup(y->value);
		return 0;
	case K_LIST:
		return read_list(l, y, (char ***)(base + k->off),
				 (size_t *)(base + k->off_n));
	case K_TMPL:
		t = (struct tmpl *)(base + k->off);
		return read_list(l, y, &t->words, &t->n);
	case K_WORDS:		/* words of a step: checked as one */
		t = (struct tmpl *)(base + k->off);
		return read_list(l, y, &t->words, &t->n) < 0 ? -1 :
		       tmpl_check(l, y);
	case K_STEPS:
		return read_steps(l, y, (struct tmpl *)(base + k->off));
	case K_SECONDS:
		return read_number(l, y, (double *)(base + k->off));
	case K_SIZE:
		if (read_number(l, y, &v) < 0)
			return -1;
		if (v > 1e15 || v != (double)(long long)v)
			return ytree_error(l, y->line, y->col, "expected a whole "
				    "number of bytes, got \"%s\"", y->value);
		*(size_t *)(base + k->off) = (size_t)v;
		return 0;
	case K_ENV:
		return read_env(l, y, (char ***)(base + k->off),
				(size_t *)(base + k->off_n));
	case K_SWITCH:
		return read_switch(l, y, (int *)(base + k->off));
	case K_BASE:
		return 0;
	}
	bug("unhandled key type %d", (int)k->type);
}

/* The row of keys[] called NAME, or NULL. */
static const struct key *
key_find(const char *name)
{
	size_t k;

	for (k = 0; k < sizeof(keys) / sizeof(keys[0]); k++)
		if (strcmp(name, keys[k].name) == 0)
			return &keys[k];
	return NULL;
}

/* A path written in the profile at FROM, relative to FROM's folder. */
static void
resolve_beside(char **path, const char *from)
{
	const char *slash = strrchr(from, '/');
	char *rel;

	if (!*path || (*path)[0] == '/' || !slash)
		return;
	rel = xasprintf("%.*s/%s", (int)(slash - from), from, *path);
	free(*path);
	*path = rel;
}

static int profile_fill(const struct ysource *l, struct profile *p,
			const struct ynode *root, int depth);

/* Fill P from the profile that the extends: key Y names: a name or a
 * relative path, both from the folder of L's file, or an absolute path;
 * its name is not inherited. */
static int
fill_base(const struct ysource *l, struct profile *p, const struct ynode *y,
	  int depth)
{
	const char *slash = strrchr(l->path, '/');
	char *dir = slash ? xstrndup(l->path, (size_t)(slash - l->path)) :
			    xstrdup("."), *path, *text;
	struct ysource bl = { NULL, l->err, l->errlen, NULL };
	struct ynode *root = NULL;
	size_t len;
	int rc = -1;

	if (want_kind(l, y, Y_SCALAR) < 0) {
		free(dir);
		return -1;
	}
	path = y->value[0] == '/' ? xstrdup(y->value) :
	       strchr(y->value, '/') || has_suffix(y->value, ".yaml") ?
	       xasprintf("%s/%s", dir, y->value) :
	       profile_find(y->value, dir);
	free(dir);
	bl.path = path;
	if (depth >= MAX_BASES)
		ytree_error(l, y->line, y->col, "extends: more than %d profiles "
			    "deep (does one extend itself?)", MAX_BASES);
	else if (!(text = slurp_file(path, &len)))
		ytree_error(l, y->line, y->col, "extends: %s: %s", path,
			    strerror(errno));
	else {
		root = ytree_parse(&bl, text, len);
		free(text);
		if (root && root->kind != Y_MAP)
			ytree_error(&bl, root->line, root->col, "a profile "
				    "must be a mapping");
		else if (root)
			rc = profile_fill(&bl, p, root, depth + 1);
	}
	ytree_free(root);
	free(path);
	free(p->name);
	p->name = NULL;
	return rc;
}

/* Fill P from the mapping ROOT of file L: what it extends first, then its own
 * keys over what the base set. */
static int
profile_fill(const struct ysource *l, struct profile *p,
	     const struct ynode *root, int depth)
{
	size_t i;
	const struct ynode *key;
	const struct key *k;
	struct ysource kl;
	unsigned long seen = 0;

	for (i = 0; i + 1 < root->n; i += 2)
		if (root->kids[i]->kind == Y_SCALAR &&
		    strcmp(root->kids[i]->value, "extends") == 0 &&
		    fill_base(l, p, root->kids[i + 1], depth) < 0)
			return -1;
	for (i = 0; i + 1 < root->n; i += 2) {
		key = root->kids[i];
		if (key->kind != Y_SCALAR)
			return ytree_error(l, key->line, key->col, "keys must be "
				    "strings");
		k = key_find(key->value);
		if (!k)
			return ytree_error(l, key->line, key->col, "unknown key "
				    "\"%s\"", key->value);
		if (seen & (1ul << (k - keys)))
			return ytree_error(l, key->line, key->col, "duplicate key "
				    "\"%s\"", key->value);
		seen |= 1ul << (k - keys);
		kl = *l;
		kl.key = k->name;
		if (read_key(&kl, p, k, root->kids[i + 1]) < 0)
			return -1;
		if (strcmp(k->name, "known_failures") == 0)
			resolve_beside(&p->known_failures, l->path);
	}
	return 0;
}

/* The release: pattern: compiled once, with its group, and a version
 * command to read it from. */
static int
validate_release(const struct ysource *l, struct profile *p)
{
	char msg[256];

	if (!p->version.n)
		return ytree_error(l, 1, 1, "release: needs the version command "
			    "whose output it reads");
	p->release_rx = regex_compile(NULL, p->release, msg, sizeof(msg));
	if (!p->release_rx)
		return ytree_error(l, 1, 1, "release: %s", msg);
	if (!regex_has_group(p->release_rx, "release"))
		return ytree_error(l, 1, 1, "release: needs the group "
			    "(?<release>)");
	return 0;
}

/* Check what the keys cannot check one by one: the dialect, what it
 * needs of the profile, the diagnostics pattern (compiled once, here). */
static int
profile_validate(const struct ysource *l, struct profile *p)
{
	char msg[256];
	int k;

	if (!p->name || !p->dialect_name || !p->compiler)
		return ytree_error(l, 1, 1, "missing key \"%s\"", !p->name ? "name" :
			    !p->dialect_name ? "dialect" : "compiler");
	p->dialect = dialect_find(p->dialect_name);
	if (!p->dialect)
		return ytree_error(l, 1, 1, "unsupported dialect \"%s\" (expected "
			    "%s)", p->dialect_name, dialect_names());
	for (k = 0; k < STEP_NKINDS; k++)
		if ((p->dialect->steps & (1u << k)) && !p->steps[k].n)
			return ytree_error(l, 1, 1, "missing step \"%s\"",
				    step_names[k]);
	if (p->release && validate_release(l, p) < 0)
		return -1;
	if (!p->diagnostics && p->dialect->needs_diagnostics)
		return ytree_error(l, 1, 1, "missing key \"diagnostics\"");
	if (!p->diagnostics)
		return 0;
	p->diag = regex_compile(NULL, p->diagnostics, msg, sizeof(msg));
	if (!p->diag)
		return ytree_error(l, 1, 1, "diagnostics: %s", msg);
	if (!regex_has_group(p->diag, "file") ||
	    !regex_has_group(p->diag, "line") ||
	    !regex_has_group(p->diag, "text"))
		return ytree_error(l, 1, 1, "diagnostics needs the groups (?<file>), "
			    "(?<line>) and (?<text>)");
	return 0;
}

static void
profile_defaults(struct profile *p, const char *path)
{
	p->path = xstrdup(path);
	if (!p->timeout)
		p->timeout = 120;
	if (!p->output_limit)
		p->output_limit = 4u << 20;
	if (!p->extensions) {
		p->extensions = xcalloc(2, sizeof(char *));
		p->extensions[0] = xstrdup(".c");
		p->nextensions = 1;
	}
	if (!p->tags)
		p->tags = xcalloc(1, sizeof(char *));
	if (!p->env)
		p->env = xcalloc(1, sizeof(char *));
	if (!p->family)
		p->family = xstrdup(p->name);
}

struct profile *
profile_parse(const char *path, const char *text, size_t len, char *err,
	      size_t errlen)
{
	struct ysource l = { path, err, errlen, NULL };
	struct ynode *root;
	struct profile *p;

	err[0] = '\0';
	root = ytree_parse(&l, text, len);
	if (!root && !err[0])
		ytree_error(&l, 1, 1, "empty profile");
	if (root && root->kind != Y_MAP) {
		ytree_error(&l, root->line, root->col, "a profile must be a "
			    "mapping");
		ytree_free(root);
		root = NULL;
	}
	if (!root)
		return NULL;
	p = xcalloc(1, sizeof(*p));
	if (profile_fill(&l, p, root, 0) < 0 || profile_validate(&l, p) < 0) {
		ytree_free(root);
		profile_free(p);
		return NULL;
	}
	ytree_free(root);
	profile_defaults(p, path);
	return p;
}

struct profile *
profile_load(const char *path)
{
	char err[512];
	size_t len;
	char *text = slurp_file(path, &len);
	struct profile *p;

	if (!text)
		fatal("%s: %s", path, errno == EINVAL ? "not a regular file" :
		      strerror(errno));
	p = profile_parse(path, text, len, err, sizeof(err));
	free(text);
	if (!p)
		fatal("%s", err);
	return p;
}

char *
profile_find(const char *name, const char *configdir)
{
	if (strchr(name, '/') || has_suffix(name, ".yaml"))
		return xstrdup(name);
	return xasprintf("%s/%s.yaml", configdir, name);
}

char **
profile_env(const struct profile *p)
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

void
profile_free(struct profile *p)
{
	int k;

	if (!p)
		return;
	free(p->path);
	free(p->name);
	free(p->dialect_name);
	free_strv(p->extensions);
	free(p->compiler);
	free_strv(p->version.words);
	free_strv(p->flags.words);
	for (k = 0; k < STEP_NKINDS; k++)
		free_strv(p->steps[k].words);
	free_strv(p->depflags.words);
	free(p->diagnostics);
	regex_free(p->diag);
	free_strv(p->error_tags);
	free_strv(p->tags);
	free_strv(p->env);
	free(p->known_failures);
	free(p->family);
	free_strv(p->value_flags);
	free_strv(p->tool_env);
	free_strv(p->identity);
	free(p->release);
	regex_free(p->release_rx);
	free(p);
}

const char *
profile_step_name(enum step_kind k)
{
	return step_names[k];
}
