#ifndef RUNDRIVER_JOB_H
#define RUNDRIVER_JOB_H

#include <stddef.h>

#include "arena.h"
#include "recipe.h"

struct options;
struct profile;
struct regex;
struct goenv;
struct gojob;
struct goaction;

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

/* One entry of a known-failure list. */
struct known {
	char *path;
	char *cond;		/* if= expression over known_tags, or NULL */
};

/* What every test of a run shares, read-only while tests run. */
struct ctx {
	const struct options *opt;
	const struct profile *prof;
	const char *compiler;
	const char *const *error_tags;	/* NULL-terminated */
	struct regex *diag;		/* the profile's diagnostics pattern */
	char **env;			/* children's base environment */
	struct known *known;		/* the known-failure list */
	size_t nknown;
	const char *const *known_tags;	/* what its if= conditions see */
	const struct goenv *go;		/* Go dialect: the toolchain, or NULL */
	const char *cwd;		/* absolute folder tests are relative to */
	const char *tmproot;		/* the run's temp folder */
};

/* One command an action asks for. */
struct stepcmd {
	char **argv;		/* arena memory of the job */
	char **env;
	const char *cwd;
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

/* One test, from its discovery to its report. */
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
	struct recipe rec;
	const struct action *action;
	const struct goaction *goaction;
	int want_error;
	int expect_fail;
	int expect_bug;		/* under bugs/, its bug: names this profile */
	int gated;		/* passes the -l gate (Go's runoutput) */
	int gate_held;
	int pc;			/* index of the current op */
	size_t sub;		/* file of a per-file op */
	char **srcs;		/* the sources handed to the compiler */
	size_t nsrcs;
	char *tmp;		/* private temp folder, or NULL */
	struct gojob *go;	/* Go dialect state */
	enum status status;
	char *msg;		/* why it failed, or why it was skipped */
	double start, secs;
};

#endif
