#ifndef RUNDRIVER_CACHE_H
#define RUNDRIVER_CACHE_H

/* The result cache: a test that passed is not run again while nothing
 * its key covers has changed. It lives in $RUNDRIVER_CACHE, else
 * $XDG_CACHE_HOME/rundriver, else ~/.cache/rundriver; entries are
 * written whole under a temporary name and renamed, so two runs may
 * share it; a damaged entry is a miss. Only passes are recorded. */

struct cache;
struct cachekey;
struct ctx;
struct job;
struct options;
struct profile;

/* The cache of this run, or NULL when it is off (-cache=off, a profile's
 * "cache: off", $RUNDRIVER_CACHE=off) or the run is one that must not read it (-bisect,
 * -count, -stress, -bless, -update_errors). A folder that cannot be
 * made turns it off with one warning. */
struct cache *cache_open(const struct options *o, const struct profile *p);
/* Whether options O and profile P ask for the cache (cache_open may
 * still find no folder for it). */
int cache_wanted(const struct options *o, const struct profile *p);
/* Hash what every test of the run shares: the driver, the profile as
 * resolved, the options that change verdicts, the children's
 * environment, the compiler's executable and version, the files the
 * profile names as identity, and the dialect's toolchain identity. */
void cache_begin(struct cache *k, const struct ctx *c);
/* Compute the key of J before it starts: its path and text, golden
 * file, suite file, the files of its folder its text names, and its
 * NAME.dir, whole. Return 1 when a pass is recorded under it (J is then
 * reported "(cached)" and never started). */
int cache_hit(struct cache *k, struct job *j, const struct ctx *c);
/* Record J's pass (J->deps: files it read that the key did not know,
 * checked again at every lookup). */
void cache_store(struct cache *k, struct job *j);
/* Bound the cache's size (the oldest entries go first) and free it. */
void cache_close(struct cache *k);

/* For the dialects' hooks: add to a key the file PATH (its name and
 * contents; a missing file counts as missing), every file under folder
 * DIR (names and contents, in name order), or the names, sizes and
 * modification times of every file under DIR (a toolchain's library
 * tree, too large to read each run), or a string. */
void cache_add_file(struct cachekey *h, const char *path);
void cache_add_tree(struct cachekey *h, const char *dir);
void cache_add_stat_tree(struct cachekey *h, const char *dir);
void cache_add_text(struct cachekey *h, const char *text);

#endif
