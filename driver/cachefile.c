/* The files of the result cache's keys: each file's SHA-256, once a run
 * (and, for a large file, once while its stat stays the same: the stat
 * memo in DIR/stat/), folders walked in name order, the per-run maps that
 * remember all that, and the adders cache.h gives the dialects. What a key
 * holds and where entries go is cache.c's. */
#define _GNU_SOURCE
#include "cache.h"
#include "cacheint.h"
#include "sha256.h"
#include "util.h"

#include <dirent.h>
#include <errno.h>
#include <fcntl.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

enum { STAT_MEMO_MIN = 256 * 1024 };	/* files this big keep a stat memo */

/* ---- the memos ---- */

static size_t
fnv(const char *s)
{
	size_t h = 1469598103934665603u;

	for (; *s; s++)
		h = (h ^ (unsigned char)*s) * 1099511628211u;
	return h;
}

static void
memo_grow(struct memo *m)
{
	struct memo bigger = { 0 };
	size_t i;

	bigger.cap = m->cap ? m->cap * 2 : 64;
	bigger.keys = xcalloc(bigger.cap, sizeof(char *));
	bigger.vals = xcalloc(bigger.cap, sizeof(void *));
	for (i = 0; i < m->cap; i++)
		if (m->keys[i]) {
			memo_put(&bigger, m->keys[i], m->vals[i]);
			free(m->keys[i]);
		}
	free(m->keys);
	free(m->vals);
	*m = bigger;
}

static size_t
memo_slot(const struct memo *m, const char *key)
{
	size_t i = fnv(key) & (m->cap - 1);

	while (m->keys[i] && strcmp(m->keys[i], key) != 0)
		i = (i + 1) & (m->cap - 1);
	return i;
}

void *
memo_get(const struct memo *m, const char *key)
{
	size_t i;

	if (!m->cap)
		return NULL;
	i = memo_slot(m, key);
	return m->keys[i] ? m->vals[i] : NULL;
}

void
memo_put(struct memo *m, const char *key, void *val)
{
	size_t i;

	if (2 * (m->n + 1) > m->cap)
		memo_grow(m);
	i = memo_slot(m, key);
	if (!m->keys[i]) {
		m->keys[i] = xstrdup(key);
		m->n++;
	}
	m->vals[i] = val;
}

void
memo_free(struct memo *m, void (*free_val)(void *))
{
	size_t i;

	for (i = 0; i < m->cap; i++)
		if (m->keys[i]) {
			free(m->keys[i]);
			free_val(m->vals[i]);
		}
	free(m->keys);
	free(m->vals);
}

void
free_listing(void *v)
{
	memo_free(v, free);
	free(v);
}

/* ---- hashing files ---- */

int
mkdir_p(char *path)
{
	char *p;

	for (p = path + 1; *p; p++) {
		if (*p != '/')
			continue;
		*p = '\0';
		if (mkdir(path, 0777) < 0 && errno != EEXIST) {
			*p = '/';
			return -1;
		}
		*p = '/';
	}
	return mkdir(path, 0777) < 0 && errno != EEXIST ? -1 : 0;
}

/* The SHA-256 of the file at PATH into HEX; -1 when it cannot be read. */
static int
hash_contents(const char *path, char hex[SHA256_HEX])
{
	char buf[65536];
	struct sha256 s;
	ssize_t r;
	int fd = open(path, O_RDONLY | O_CLOEXEC);

	if (fd < 0)
		return -1;
	sha256_init(&s);
	while ((r = read(fd, buf, sizeof(buf))) > 0)
		sha256_add(&s, buf, (size_t)r);
	close(fd);
	if (r < 0)
		return -1;
	sha256_hex(&s, hex);
	return 0;
}

/* A large file's hash through the stat memo: reused while the file's
 * device, inode, size, modification and change times are what they were
 * when it was hashed. */
static int
hash_large(struct cache *k, const char *path, const struct stat *st,
	   char hex[SHA256_HEX])
{
	char name[SHA256_HEX], *memo, *want, *text;
	struct sha256 s;
	size_t len;
	int rc;

	sha256_init(&s);
	sha256_str(&s, path);
	sha256_hex(&s, name);
	memo = xasprintf("%s/stat/%s", k->dir, name);
	want = xasprintf("%lu %lu %lld %lld.%09ld %lld.%09ld ",
			 (unsigned long)st->st_dev, (unsigned long)st->st_ino,
			 (long long)st->st_size, (long long)st->st_mtim.tv_sec,
			 st->st_mtim.tv_nsec, (long long)st->st_ctim.tv_sec,
			 st->st_ctim.tv_nsec);
	text = slurp_file(memo, &len);
	if (text && len == strlen(want) + 64 &&
	    strncmp(text, want, strlen(want)) == 0) {
		memcpy(hex, text + strlen(want), 64);
		hex[64] = '\0';
		rc = 0;
	} else {
		rc = hash_contents(path, hex);
		if (rc == 0) {
			free(text);
			text = xasprintf("%s%s", want, hex);
			write_whole(memo, text, strlen(text));	/* a memo: may fail */
		}
	}
	free(text);
	free(want);
	free(memo);
	return rc;
}

/* The hash of the file at PATH, "-" when it is missing or unreadable;
 * remembered for the run. */
const char *
file_hash(struct cache *k, const char *path)
{
	char hex[SHA256_HEX], *v = memo_get(&k->files, path);
	struct stat st;
	int rc;

	if (v)
		return v;
	if (stat(path, &st) < 0 || !S_ISREG(st.st_mode))
		rc = -1;
	else if (st.st_size >= STAT_MEMO_MIN)
		rc = hash_large(k, path, &st, hex);
	else
		rc = hash_contents(path, hex);
	v = xstrdup(rc == 0 ? hex : "-");
	memo_put(&k->files, path, v);
	return v;
}

void
cache_add_text(struct cachekey *h, const char *text)
{
	sha256_str(&h->s, text);
}

void
cache_add_file(struct cachekey *h, const char *path)
{
	sha256_str(&h->s, path);
	sha256_str(&h->s, file_hash(h->cache, path));
}

static int
by_name(const void *a, const void *b)
{
	return strcmp(*(char *const *)a, *(char *const *)b);
}

/* Every entry of folder DIR, sorted, NULL-terminated (malloc'd). */
char **
sorted_entries(const char *dir)
{
	DIR *d = opendir(dir);
	struct dirent *de;
	char **v = NULL;
	size_t n = 0, cap = 0;

	if (!d)
		return NULL;
	while ((de = readdir(d))) {
		if (strcmp(de->d_name, ".") == 0 || strcmp(de->d_name, "..") == 0)
			continue;
		if (n + 2 > cap) {
			cap = cap ? 2 * cap : 16;
			v = xrealloc(v, cap * sizeof(char *));
		}
		v[n++] = xstrdup(de->d_name);
	}
	closedir(d);
	if (!v)
		return xcalloc(1, sizeof(char *));
	qsort(v, n, sizeof(char *), by_name);
	v[n] = NULL;
	return v;
}

/* Walk DIR in name order; each regular file's path goes to FILE, with
 * its stat. */
static void
walk(struct cachekey *h, const char *dir,
     void (*file)(struct cachekey *, const char *, const struct stat *))
{
	char **names = sorted_entries(dir), *path;
	struct stat st;
	size_t i;

	for (i = 0; names && names[i]; i++) {
		path = xasprintf("%s/%s", dir, names[i]);
		if (lstat(path, &st) == 0) {
			if (S_ISDIR(st.st_mode))
				walk(h, path, file);
			else if (S_ISREG(st.st_mode) || S_ISLNK(st.st_mode))
				file(h, path, &st);
		}
		free(path);
	}
	free_strv(names);
}

static void
add_walked(struct cachekey *h, const char *path, const struct stat *st)
{
	(void)st;
	cache_add_file(h, path);
}

static void
add_walked_stat(struct cachekey *h, const char *path, const struct stat *st)
{
	char line[128];

	snprintf(line, sizeof(line), "%lld %lld.%09ld %lu",
		 (long long)st->st_size, (long long)st->st_mtim.tv_sec,
		 st->st_mtim.tv_nsec, (unsigned long)st->st_ino);
	sha256_str(&h->s, path);
	sha256_str(&h->s, line);
}

void
cache_add_tree(struct cachekey *h, const char *dir)
{
	sha256_str(&h->s, dir);
	walk(h, dir, add_walked);
}

void
cache_add_stat_tree(struct cachekey *h, const char *dir)
{
	sha256_str(&h->s, dir);
	walk(h, dir, add_walked_stat);
}

struct memo *
listing(struct cache *k, const char *dir)
{
	struct memo *m = memo_get(&k->dirs, dir);
	char **names;
	size_t i;

	if (m)
		return m;
	m = xcalloc(1, sizeof(*m));
	names = sorted_entries(dir);
	for (i = 0; names && names[i]; i++)
		memo_put(m, names[i], xstrdup(""));
	free_strv(names);
	memo_put(&k->dirs, dir, m);
	return m;
}

