#ifndef RUNDRIVER_CACHEINT_H
#define RUNDRIVER_CACHEINT_H

/* The inside of the result cache, shared by cache.c (keys, entries, the
 * bound) and cachefile.c (hashing files and folders). Nothing else
 * includes it. */

#include <stddef.h>

#include "sha256.h"

/* A string map with open addressing, for the per-run memos. */
struct memo {
	char **keys;
	void **vals;
	size_t cap, n;
};

struct cache {
	char *dir;
	struct sha256 shared;	/* the run's part of every key */
	struct memo files;	/* path -> hex hash ("-" when missing) */
	struct memo dirs;	/* folder -> its listing (a struct memo) */
	size_t stored;
	int warned;
};

struct cachekey {
	struct cache *cache;
	struct sha256 s;
};

/* The value of KEY in M, or NULL. */
void *memo_get(const struct memo *m, const char *key);
/* Set KEY (copied) to VAL in M. */
void memo_put(struct memo *m, const char *key, void *val);
/* Free M's keys and, with FREE_VAL, its values. */
void memo_free(struct memo *m, void (*free_val)(void *));
/* free_val of a map of listings. */
void free_listing(void *listing);
/* mkdir -p PATH (written into for a moment); 0 or -1 with errno set. */
int mkdir_p(char *path);
/* The hash of the file at PATH as 64 hex digits, "-" when it is missing
 * or unreadable; remembered for the run. */
const char *file_hash(struct cache *k, const char *path);
/* Every entry of folder DIR but . and .., sorted, NULL-terminated
 * (malloc'd); NULL when it cannot be read. */
char **sorted_entries(const char *dir);
/* The entries of folder DIR as a set (a memo), for the run. */
struct memo *listing(struct cache *k, const char *dir);

#endif
