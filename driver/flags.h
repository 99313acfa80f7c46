#ifndef RUNDRIVER_FLAGS_H
#define RUNDRIVER_FLAGS_H

#include <stddef.h>

/* What -bisect asks for: a regression (a failing test is "bad") or a
 * fix (-bisect=fix: a passing test is "new"). */
enum { BISECT_OFF, BISECT_BAD, BISECT_FIX };

/* The command line, after parsing. */
struct options {
	long n;			/* tests at once (0: online CPUs) */
	long l;			/* runoutput tests at once (0: as -n) */
	int verbose;
	int keep;
	int summary;
	int show_skips;
	int run_skips;
	int no_known;		/* -f: ignore known-failure lists */
	long shard;
	long shards;
	int bless;
	int update_errors;	/* rewrite ERROR comments of errorcheck */
	int all_codegen;	/* Go: asmcheck every GOOS/GOARCH/variant */
	int list;
	int help;
	const char *profile;
	const char *compiler;
	const char *flags;	/* -flags: words added to the profile's */
	int bisect;		/* BISECT_*: the exit statuses of git bisect run */
	long count;		/* run every test this many times (0: once) */
	int stress;		/* rounds until a failure or stress_time */
	double stress_time;	/* seconds (0: the default bound) */
	long seed;		/* -stress: replay this round (-1: random) */
	int failed;		/* only the last run's failures */
	int cache;		/* -cache: 1 on (default), 0 off */
	const char *json;	/* -json FILE or -: test2json events */
	const char *junit;	/* -junit FILE */
	int tap;		/* -tap: TAP 13 on stdout */
	double timeout;		/* 0: the profile's */
	double timeout_scale;
	char **paths;		/* the remaining arguments */
	int npaths;
	char **argv;		/* the whole command line, for messages */
	int argc;
};

/* Parse ARGV (Go flag rules: -x, --x, -x=v, -x v; stop at the first
 * non-flag; "--" ends flags). Return 0, or -1 with ERR set. */
int flags_parse(struct options *o, int argc, char **argv, char *err,
		size_t errlen);
/* Does ARGV ask for -bisect (before its first non-flag word)? Usage
 * errors then exit 255, so that git bisect run stops. */
int flags_bisect(int argc, char **argv);
/* A sub-command's own flag that takes a value: its name, and the offset
 * of the const char * that receives the value in the sub-command's
 * struct. */
struct flag_own {
	const char *name;
	size_t off;
};
/* Is ARGV[*J] one of the N flags OWNS ("-name V", "-name=V", one or two
 * dashes)? Then store its value in BASE at the flag's offset, move *J
 * past it and return 1; else return 0. A missing value is fatal, naming
 * the sub-command WHO. */
int flags_own(const struct flag_own *owns, size_t n, void *base, int argc,
	      char **argv, int *j, const char *who);
/* Is ARG a flag of the run that takes its value from the next word (a
 * non-boolean flag written without "=")? */
int flags_takes_value(const char *arg);
/* Write the usage text to F (a FILE *). */
void flags_usage(void *f);

#endif
