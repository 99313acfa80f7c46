#ifndef RUNDRIVER_DIALECT_H
#define RUNDRIVER_DIALECT_H

#include "discover.h"

struct arena;
struct ctx;
struct job;
struct options;
struct profile;
struct stepcmd;
struct stepout;
struct cachekey;

/* What a dialect's set-up and discovery give the engine for one run.
 * COMPILER comes in as the user's choice (-compiler, $RUNDRIVER_COMPILER
 * or the profile's); the rest is the dialect's to fill. Vectors and
 * strings are malloc'd and freed by the engine; TOOL by the dialect's
 * release. */
struct setup {
	const char *compiler;	/* the command failures name */
	char **env;		/* children's base environment */
	char **known_tags;	/* what known-failure conditions see */
	void *tool;		/* the dialect's own state of the run */
	struct testlist tests;	/* in run order */
	char *cwd;		/* absolute folder test paths are relative to */
};

/* A language dialect: one row of the table in dialects.c, chosen by a
 * profile's "dialect:" key. The engine calls nothing else of it, and
 * nothing outside the dialect's folder asks which dialect runs. This
 * header is the contract; it holds no code. */
struct dialect {
	const char *name;	/* the profile's dialect: value */
	const char *title;	/* its name in messages */
	unsigned steps;		/* 1 << k for each step K a profile must define */
	int needs_diagnostics;	/* a profile must give a diagnostics pattern */
	int in_matrix;		/* may be one profile of several */
	/* What -stress varies in the children's environment from round to
	 * round: VAR set to 1..MAX, or 1..PER_CORE times the cores. */
	struct stress_knob {
		const char *var;
		long max;
		long per_core;
	} stress;
	/* Before any test: the toolchain (fatal on error), the children's
	 * environment and the known-failure tags. */
	void (*setup)(struct setup *s, const struct options *o,
		      const struct profile *p);
	/* Find the tests of the command line, or the dialect's default
	 * folders, and the folder their paths are relative to (fatal on
	 * error). */
	void (*discover)(struct setup *s, const struct options *o,
			 const struct profile *p);
	/* Free the TOOL of setup. */
	void (*release)(void *tool);
	/* Read the test, decide what it needs and make its temp folder.
	 * Return 1 when that decided its verdict (a skip, a broken test),
	 * 0 when it has commands to run. */
	int (*start)(struct job *j, const struct ctx *c);
	/* Given PREV, the result of the last command (NULL before the
	 * first), fill CMD with the next command and return 1, or set the
	 * verdict and return 0. Never spawns. */
	int (*next)(struct job *j, const struct ctx *c,
		    const struct stepout *prev, struct stepcmd *cmd);
	/* The action word of the test at PATH, or "?" (for -list). */
	const char *(*action_of)(struct arena *a, const char *path);
	/* The result cache: add to H what identifies the toolchain beyond
	 * the compiler's executable and version (NULL: nothing); cache.h
	 * has the adders. */
	void (*identity)(const struct ctx *c, struct cachekey *h);
};

#endif
