/* The result cache. A key is the SHA-256 of everything a test's verdict
 * depends on that is known before it runs; an entry under it records a
 * pass and the files the test turned out to read (a C test's headers),
 * each with the hash it had, so that a lookup checks them too:
 *
 *	rundriver-cache 1
 *	secs 0.125
 *	dep /usr/include/stdio.h 3c7e...
 *	end 9f2a...			(the SHA-256 of the lines above)
 *
 * Entries live in DIR/entries/XX/KEY; large files' hashes are kept in
 * DIR/stat/ under their path's hash and reused while the file's device,
 * inode, size and times are unchanged. */
#define _GNU_SOURCE
#include "cache.h"
#include "cacheint.h"
#include "config.h"
#include "dialect.h"
#include "flags.h"
#include "job.h"
#include "profile.h"
#include "sha256.h"
#include "strbuf.h"
#include "suite.h"
#include "util.h"

#include <errno.h>
#include <fcntl.h>
#include <glob.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <time.h>
#include <unistd.h>

enum {
	TOUCH_AFTER = 3600,	/* seconds before a hit renews an entry */
	LIMIT_MB = 256,		/* default bound of the entries */
};

/* ---- opening and the shared key ---- */

static char *
cache_dir(void)
{
	const char *v = getenv("RUNDRIVER_CACHE"), *home;

	if (v && *v)
		return xstrdup(v);
	v = getenv("XDG_CACHE_HOME");
	if (v && *v == '/')
		return xasprintf("%s/rundriver", v);
	home = getenv("HOME");
	if (home && *home)
		return xasprintf("%s/.cache/rundriver", home);
	return NULL;
}

int
cache_wanted(const struct options *o, const struct profile *p)
{
	const char *env = getenv("RUNDRIVER_CACHE");

	return o->cache && p->cache != SWITCH_OFF && !o->bisect &&
	       !o->count && !o->stress && !o->bless && !o->update_errors &&
	       !o->list && !(env && strcmp(env, "off") == 0);
}

struct cache *
cache_open(const struct options *o, const struct profile *p)
{
	struct cache *k;
	char *dir, *sub;

	if (!cache_wanted(o, p))
		return NULL;
	dir = cache_dir();
	if (!dir) {
		warn("no cache folder: set $RUNDRIVER_CACHE or $HOME; "
		     "running without the result cache");
		return NULL;
	}
	sub = xasprintf("%s/stat", dir);
	if (mkdir_p(sub) < 0) {
		warn("cannot make the cache folder %s: %s; running without "
		     "the result cache", dir, strerror(errno));
		free(sub);
		free(dir);
		return NULL;
	}
	free(sub);
	k = xcalloc(1, sizeof(*k));
	k->dir = dir;
	return k;
}

/* The children's environment minus what cannot change a verdict: the
 * shell's and the terminal's bookkeeping, CI shard numbers and the
 * driver's own folders. */
static int
volatile_var(const char *e)
{
	static const char *const names[] = {
		"PWD=", "OLDPWD=", "SHLVL=", "_=", "TERM=", "COLORTERM=",
		"LS_COLORS=", "DISPLAY=", "WINDOWID=", "MAIL=", "TMUX=",
		"TMUX_PANE=", "STY=", "SSH_", "XDG_SESSION_", "XDG_VTNR=",
		"RUNDRIVER_CACHE=", "RUNDRIVER_STORE=", "CI_NODE_",
		"BUILDKITE_PARALLEL_", "CIRCLE_NODE_", "SLURM_",
		"JOB_COMPLETION_INDEX=", "NO_COLOR=",
	};
	size_t i;

	for (i = 0; i < sizeof(names) / sizeof(names[0]); i++)
		if (strncmp(e, names[i], strlen(names[i])) == 0)
			return 1;
	return 0;
}

static void
add_tmpl(struct cachekey *h, const char *what, const struct tmpl *t)
{
	size_t i;

	sha256_str(&h->s, what);
	for (i = 0; i < t->n; i++)
		sha256_str(&h->s, t->words[i]);
}

static void
add_strv(struct cachekey *h, const char *what, char *const *v, size_t n)
{
	size_t i;

	sha256_str(&h->s, what);
	for (i = 0; v && i < n; i++)
		sha256_str(&h->s, v[i]);
}

/* The profile as resolved: every key that shapes a command or a
 * verdict, and the known-failure list it names. */
static void
add_profile(struct cachekey *h, const struct profile *p)
{
	char num[64];
	int i;

	sha256_str(&h->s, p->name);
	sha256_str(&h->s, p->dialect_name);
	sha256_str(&h->s, p->compiler ? p->compiler : "");
	add_tmpl(h, "version", &p->version);
	add_tmpl(h, "flags", &p->flags);
	for (i = 0; i < STEP_NKINDS; i++)
		add_tmpl(h, profile_step_name((enum step_kind)i), &p->steps[i]);
	add_tmpl(h, "depflags", &p->depflags);
	sha256_str(&h->s, p->diagnostics ? p->diagnostics : "");
	add_strv(h, "error_tags", p->error_tags, p->nerror_tags);
	add_strv(h, "tags", p->tags, p->ntags);
	snprintf(num, sizeof(num), "%g %zu", p->timeout, p->output_limit);
	sha256_str(&h->s, num);
	add_strv(h, "env", p->env, p->nenv);
	add_strv(h, "tool_env", p->tool_env, p->ntool_env);
	add_strv(h, "value_flags", p->value_flags, p->nvalue_flags);
	sha256_str(&h->s, p->release ? p->release : "");
	snprintf(num, sizeof(num), "%d", p->direct_tools);
	sha256_str(&h->s, num);
	if (p->known_failures)
		cache_add_file(h, p->known_failures);
}

static int
is_dir(const char *path)
{
	struct stat st;

	return stat(path, &st) == 0 && S_ISDIR(st.st_mode);
}

/* The files the profile's identity: names (globs allowed), by contents. */
static void
add_identity(struct cachekey *h, const struct profile *p)
{
	glob_t g;
	size_t i, m;

	for (i = 0; i < p->nidentity; i++) {
		sha256_str(&h->s, p->identity[i]);
		if (glob(p->identity[i], 0, NULL, &g) != 0)
			continue;	/* nothing there: the pattern alone */
		for (m = 0; m < g.gl_pathc; m++)
			if (is_dir(g.gl_pathv[m]))
				cache_add_tree(h, g.gl_pathv[m]);
			else
				cache_add_file(h, g.gl_pathv[m]);
		globfree(&g);
	}
}

void
cache_begin(struct cache *k, const struct ctx *c)
{
	struct cachekey h = { k, { { 0 }, 0, { 0 }, 0 } };
	const struct options *o = c->opt;
	char num[128], *exe, self[4096];
	ssize_t n;
	size_t i;

	sha256_init(&h.s);
	sha256_str(&h.s, "rundriver-cache-key 1");
	n = readlink("/proc/self/exe", self, sizeof(self) - 1);
	if (n > 0) {
		self[n] = '\0';
		cache_add_file(&h, self);	/* another driver judges anew */
	}
	add_profile(&h, c->prof);
	add_identity(&h, c->prof);
	sha256_str(&h.s, c->compiler);
	exe = config_which(c->compiler);
	if (exe)
		cache_add_file(&h, exe);
	free(exe);
	sha256_str(&h.s, c->release ? c->release : "");
	snprintf(num, sizeof(num), "%g %g %d %d %d", o->timeout,
		 o->timeout_scale, o->all_codegen, o->no_known, o->run_skips);
	sha256_str(&h.s, num);
	sha256_str(&h.s, o->flags ? o->flags : "");
	sha256_str(&h.s, "env");
	for (i = 0; c->env[i]; i++)
		if (!volatile_var(c->env[i]))
			sha256_str(&h.s, c->env[i]);
	if (c->dialect->identity)
		c->dialect->identity(c, &h);
	k->shared = h.s;
}

/* ---- one test's key ---- */

static int
name_char(char ch)
{
	return (ch >= 'a' && ch <= 'z') || (ch >= 'A' && ch <= 'Z') ||
	       (ch >= '0' && ch <= '9') || ch == '_' || ch == '.' ||
	       ch == '-' || ch == '+';
}

/* Files of the folder DIR (ending in '/') that the text TEXT[0..len) of
 * its test BASE names ("sinit.go", a data file a program opens): a word
 * of file-name characters with a dot in it that is an entry of DIR. */
static void
add_named_files(struct cachekey *h, const char *dir, const char *base,
		const char *text, size_t len)
{
	struct memo *names = listing(h->cache, dir);
	const char *p = text, *end = text + len, *w;
	char name[256], *path;
	size_t n;

	while (p < end) {
		for (; p < end && !name_char(*p); p++)
			;
		for (w = p; p < end && name_char(*p); p++)
			;
		n = (size_t)(p - w);
		if (n < 3 || n >= sizeof(name) || !memchr(w, '.', n))
			continue;
		memcpy(name, w, n);
		name[n] = '\0';
		if (strcmp(name, base) == 0 || !memo_get(names, name))
			continue;
		path = xasprintf("%s%s", dir, name);
		cache_add_file(h, path);
		free(path);
	}
}

static char *
entry_path(const struct cache *k, const char *key)
{
	return xasprintf("%s/entries/%.2s/%s", k->dir, key, key);
}

/* Does the entry TEXT hold, and do its dependencies still hash as they
 * did? Its seconds into *SECS. TEXT is taken apart. */
static int
entry_holds(struct cache *k, char *text, size_t len, double *secs)
{
	char hex[SHA256_HEX], *end, *line, *next, *sp;
	struct sha256 s;

	if (len < 80 || text[len - 1] != '\n')
		return 0;	/* cut short */
	text[len - 1] = '\0';
	end = strrchr(text, '\n');
	if (!end || strncmp(end + 1, "end ", 4) != 0)
		return 0;
	sha256_init(&s);
	sha256_add(&s, text, (size_t)(end + 1 - text));
	sha256_hex(&s, hex);
	if (strcmp(end + 5, hex) != 0)
		return 0;	/* damaged */
	end[1] = '\0';
	if (strncmp(text, "rundriver-cache 1\nsecs ", 23) != 0)
		return 0;
	*secs = strtod(text + 23, NULL);
	for (line = strchr(text + 23, '\n') + 1; *line; line = next) {
		next = strchr(line, '\n');
		*next++ = '\0';
		sp = strrchr(line, ' ');
		if (strncmp(line, "dep ", 4) != 0 || sp == line + 3)
			return 0;
		*sp = '\0';
		if (strcmp(file_hash(k, line + 4), sp + 1) != 0)
			return 0;	/* a header changed */
	}
	return 1;
}

int
cache_hit(struct cache *k, struct job *j, const struct ctx *c)
{
	struct cachekey h = { k, k->shared };
	char hex[SHA256_HEX], num[64], *abs, *dir, *path, *text;
	const char *slash;
	struct timespec now;
	struct stat st;
	double secs = 0;
	size_t len;
	int hit;

	abs = j->path[0] == '/' ? xstrdup(j->path) :
	      xasprintf("%s/%s", c->cwd, j->path);
	slash = strrchr(abs, '/');
	text = slurp_file(abs, &len);
	if (!text || !strrchr(slash, '.')) {
		free(text);
		free(abs);
		return 0;	/* the dialect's start says what is wrong */
	}
	snprintf(num, sizeof(num), "%d", j->expect_fail);
	sha256_str(&h.s, num);
	sha256_str(&h.s, abs);
	sha256_str(&h.s, j->path);
	sha256_add(&h.s, text, len);
	sha256_str(&h.s, "");
	cache_add_file(&h, suite_golden(&j->arena, j->suite, j->path));
	if (j->suite)
		cache_add_file(&h, j->suite->path);
	dir = xasprintf("%.*s", (int)(slash + 1 - abs), abs);
	add_named_files(&h, dir, slash + 1, text, len);
	free(dir);
	free(text);
	dir = xasprintf("%.*s.dir", (int)(strrchr(slash, '.') - abs), abs);
	cache_add_tree(&h, dir);	/* NAME.dir: its packages, its files */
	free(dir);
	free(abs);
	sha256_hex(&h.s, hex);
	j->cachekey = arena_strdup(&j->arena, hex);
	path = entry_path(k, hex);
	text = slurp_file(path, &len);
	hit = text && entry_holds(k, text, len, &secs);
	if (hit) {
		j->secs = secs;
		clock_gettime(CLOCK_REALTIME, &now);
		if (stat(path, &st) == 0 &&
		    now.tv_sec - st.st_mtim.tv_sec > TOUCH_AFTER)
			utimensat(AT_FDCWD, path, NULL, 0);	/* still used */
	}
	free(text);
	free(path);
	return hit;
}

void
cache_store(struct cache *k, struct job *j)
{
	struct strbuf sb;
	struct sha256 s;
	char hex[SHA256_HEX], *path, *slash;
	size_t i;

	if (!j->cachekey)
		return;
	strbuf_init(&sb, 0);
	strbuf_addf(&sb, "rundriver-cache 1\nsecs %.3f\n", j->secs);
	for (i = 0; i < j->ndeps; i++) {
		if (strchr(j->deps[i], '\n'))
			goto out;	/* cannot be written: not cached */
		strbuf_addf(&sb, "dep %s %s\n", j->deps[i],
			      file_hash(k, j->deps[i]));
	}
	sha256_init(&s);
	sha256_add(&s, sb.buf, sb.len);
	sha256_hex(&s, hex);
	strbuf_addf(&sb, "end %s\n", hex);
	path = entry_path(k, j->cachekey);
	slash = strrchr(path, '/');
	*slash = '\0';
	if (mkdir_p(path) == 0) {
		*slash = '/';
		if (write_whole(path, sb.buf, sb.len) == 0)
			k->stored++;
		else if (!k->warned++)
			warn("cannot write the cache entry %s: %s", path,
			     strerror(errno));
	}
	free(path);
out:
	strbuf_release(&sb);
}

/* ---- the bound ---- */

struct aged {
	char *path;
	struct timespec mtime;
	off_t size;
};

static int
by_age(const void *a, const void *b)
{
	const struct aged *x = a, *y = b;

	if (x->mtime.tv_sec != y->mtime.tv_sec)
		return x->mtime.tv_sec < y->mtime.tv_sec ? -1 : 1;
	return x->mtime.tv_nsec < y->mtime.tv_nsec ? -1 :
	       x->mtime.tv_nsec > y->mtime.tv_nsec;
}

/* Every entry file under DIR/entries, with its age and size. */
static struct aged *
list_entries(const char *dir, size_t *n, off_t *total)
{
	char *top = xasprintf("%s/entries", dir), **subs, **names, *sub, *path;
	struct aged *v = NULL;
	struct stat st;
	size_t i, m, cap = 0;

	*n = 0;
	*total = 0;
	subs = sorted_entries(top);
	for (i = 0; subs && subs[i]; i++) {
		sub = xasprintf("%s/%s", top, subs[i]);
		names = sorted_entries(sub);
		for (m = 0; names && names[m]; m++) {
			path = xasprintf("%s/%s", sub, names[m]);
			if (stat(path, &st) < 0 || !S_ISREG(st.st_mode)) {
				free(path);
				continue;
			}
			if (*n == cap) {
				cap = cap ? 2 * cap : 256;
				v = xrealloc(v, cap * sizeof(*v));
			}
			v[*n].path = path;
			v[*n].mtime = st.st_mtim;
			v[*n].size = st.st_size + 512;	/* and its inode */
			*total += v[(*n)++].size;
		}
		free_strv(names);
		free(sub);
	}
	free_strv(subs);
	free(top);
	return v;
}

/* Past the bound ($RUNDRIVER_CACHE_LIMIT MiB, default LIMIT_MB), remove
 * the entries used longest ago until three quarters of it are left. Two
 * runs trimming at once only remove some files twice. */
static void
trim(struct cache *k)
{
	const char *env = getenv("RUNDRIVER_CACHE_LIMIT");
	double mb = env && *env ? strtod(env, NULL) : LIMIT_MB;
	off_t total, limit = (off_t)(mb * 1024 * 1024);
	struct aged *v;
	size_t n, i;

	if (!(mb > 0))
		return;
	v = list_entries(k->dir, &n, &total);
	if (total > limit) {
		qsort(v, n, sizeof(*v), by_age);
		for (i = 0; i < n && total > limit / 4 * 3; i++)
			if (unlink(v[i].path) == 0 || errno == ENOENT)
				total -= v[i].size;
	}
	for (i = 0; i < n; i++)
		free(v[i].path);
	free(v);
}

void
cache_close(struct cache *k)
{
	if (!k)
		return;
	if (k->stored)
		trim(k);
	memo_free(&k->files, free);
	memo_free(&k->dirs, free_listing);
	free(k->dir);
	free(k);
}
