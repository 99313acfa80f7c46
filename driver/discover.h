#ifndef RUNDRIVER_DISCOVER_H
#define RUNDRIVER_DISCOVER_H

#include <stddef.h>
#include <stdint.h>

/* The test files named by the command line, in run order. */
struct testlist {
	char **paths;		/* malloc'd, as they will be reported */
	size_t n;
	char **others;		/* with -shards, the other shards' tests */
	size_t nothers;
};

/* Collect the tests of PATHS (regular files taken as given; folders walked
 * recursively, sorted bytewise, skipping dot-entries and *.dir folders,
 * keeping regular files and broken links whose names end in one of EXTS
 * and, when SHARDS > 0, are in shard SHARD; those of other shards go to
 * out->others). Return 0, or -1 with ERR naming the bad path (missing, or
 * neither a regular file nor a folder). */
int discover(const char *const *paths, size_t npaths,
	     const char *const *exts, long shard, long shards,
	     struct testlist *out, char *err, size_t errlen);
/* run.go's FNV-1 32-bit hash of S. */
uint32_t discover_fnv1(const char *s);
/* Append PATH (malloc'd; the list takes it) to T. */
void testlist_push(struct testlist *t, char *path);
/* Put the test file NAME at PATH (malloc'd; taken or freed) in T: in
 * its paths when run.go's FNV-1 split puts it in shard SHARD of SHARDS
 * (or SHARDS is 0), else in its others. */
void testlist_shard(struct testlist *t, const char *name, char *path,
		    long shard, long shards);
/* Free the list. */
void testlist_free(struct testlist *t);

#endif
