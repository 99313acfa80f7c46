#ifndef RUNDRIVER_FLAGS_H
#define RUNDRIVER_FLAGS_H

#include <stddef.h>

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
	int update_errors;	/* Go: rewrite ERROR comments of errorcheck */
	int all_codegen;	/* Go: asmcheck every GOOS/GOARCH/variant */
	int list;
	int help;
	const char *profile;
	const char *compiler;
	const char *flags;	/* -flags: words added to the profile's */
	double timeout;		/* 0: the profile's */
	double timeout_scale;
	char **paths;		/* the remaining arguments */
	int npaths;
};

/* Parse ARGV (Go flag rules: -x, --x, -x=v, -x v; stop at the first
 * non-flag; "--" ends flags). Return 0, or -1 with ERR set. */
int flags_parse(struct options *o, int argc, char **argv, char *err,
		size_t errlen);
/* Write the usage text to F (a FILE *). */
void flags_usage(void *f);

#endif
