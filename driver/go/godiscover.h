#ifndef RUNDRIVER_GODISCOVER_H
#define RUNDRIVER_GODISCOVER_H

#include <stddef.h>

struct goenv;
struct options;
struct testlist;

/* Find the tests as run.go does, from the test root, which becomes the
 * current folder: with no path (then $GOROOT/test) or a root as the only
 * path, run.go's default folders; else the paths, made relative to the
 * root above the first. Fatal on error. The root (malloc'd) in *CWD. */
void godiscover(const struct options *o, const struct goenv *g,
		struct testlist *tests, char **cwd);
/* run.go's findTests over DIRS, from the test root: each folder scanned
 * without recursion for names ending in .go and not starting with '.',
 * sorted, sharded (SHARDS > 0); each other name ending in .go taken as
 * given. Paths are path.Join(dir, name). Return 0, or -1 with ERR set. */
int godiscover_dirs(const char *const *dirs, size_t ndirs, long shard,
		    long shards, struct testlist *out, char *err,
		    size_t errlen);

#endif
