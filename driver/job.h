#ifndef RUNDRIVER_JOB_H
#define RUNDRIVER_JOB_H

#include <stddef.h>

#include "arena.h"
#include "recipe.h"

struct cache;
struct dialect;
struct known;
struct suite;
struct options;
struct profile;

/* A test's verdict. */
enum status {
	ST_PENDING,
	ST_OK,
	ST_FAIL,
	ST_SKIP,
	ST_BUG,		/* a bugs/ test that still fails: not a failure */
	ST_FIXED,	/* a bugs/ test that passes: a failure, to promote */
	ST_NSTATUS
};

/* What a test's bug: and fixed: lines expect under this profile. */
enum expect {
	EXPECT_PASS,	/* nothing: an ordinary test */
	EXPECT_BUG,	/* under bugs/, its bug: names this compiler */
	EXPECT_UNFIXED,	/* a release before the one its fixed: line names */
	EXPECT_FIXED,	/* the release its fixed: line names, or a later one */
};

/* What every test of a run shares, read-only while tests run. */
struct ctx {
	const struct options *opt;
	const struct profile *prof;
	const struct dialect *dialect;	/* the profile's */
	const char *compiler;		/* the command failures name */
	const char *release;		/* the compiler's, or NULL: unknown */
	char *const *env;		/* children's base environment */
	const struct known *known;	/* the known-failure list */
	const char *const *known_tags;	/* what its if= conditions see */
	const char *cwd;		/* absolute folder tests are relative to */
	const char *tmproot;		/* the run's temp folder */
	const void *tool;		/* the dialect's own state of the run */
	struct cache *cache;		/* the result cache, or NULL: off */
};

/* One command a dialect asks for. */
struct stepcmd {
	const char *name;	/* its step, for the cost records ("compile",
				 * "build", "run" ...; NULL: "step") */
	char **argv;		/* arena memory of the job */
	char **env;
	const char *cwd;	/* NULL: the driver's own folder */
	double timeout;		/* seconds */
};

/* What that command did. */
struct stepout {
	int spawn_err;		/* errno of a failed start, else 0 */
	int status;		/* wait status */
	int timed_out;
	const char *out;	/* stdout+stderr, NUL-terminated */
	size_t len;
	size_t dropped;		/* bytes past the output limit */
};

/* What one command of a test cost, from wait4: its process and the
 * children it waited for. */
struct stepcost {
	const char *name;
	double user, sys, wall;	/* seconds */
	long maxrss_kb;
};

/* One test, from its discovery to its report. The engine sets index,
 * path, arena, suite and expect_fail; the dialect's start fills the rest of what
 * it reads; the verdict is the dialect's until the engine settles it. */
struct job {
	size_t index;
	const char *path;	/* as reported */
	struct arena arena;	/* everything below lives here */
	char *abs;		/* absolute path of the source */
	char *shortname;	/* its base name */
	char *absdir;		/* abs up to and with its last '/' */
	char *reldir;		/* the same part of path ("" when none) */
	char *text;		/* its contents */
	size_t textlen;
	const struct suite *suite;	/* its rundriver.yaml, or NULL */
	struct recipe rec;
	int want_error;		/* the compile must fail */
	int expect_fail;	/* on the known-failure list */
	enum expect expect;	/* what its bug: and fixed: lines say here */
	const char *fixed_in;	/* EXPECT_UNFIXED/FIXED: "clang 16" */
	int broken;		/* the test's own check failed (asm): never
				 * a BUG nor an expected failure */
	int unusable;		/* the compiler could not be started for it */
	int gated;		/* waits for a place behind the -l gate */
	int gate_held;		/* holds one (the scheduler's) */
	int pc;			/* the dialect's current operation */
	size_t sub;		/* its repetition: file, package or env */
	char *tmp;		/* private temp folder, or NULL */
	void *state;		/* the dialect's own state of the test */
	enum status status;
	char *msg;		/* why it failed, or why it was skipped */
	double start, secs;
	struct stepcost *costs;	/* its commands' (arena memory) */
	size_t ncosts, costcap;
	char *cachekey;		/* its result cache key (hex), or NULL */
	int cached;		/* its pass came from the result cache */
	char **deps;		/* files it read that its key does not cover
				 * (a C test's headers), for the cache */
	size_t ndeps;
};

#endif
