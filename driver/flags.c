/* The command line's flags: a table of flags with their types, parsed
 * with Go's flag rules into struct options, and the usage text. It does
 * not act on any flag. */
#define _POSIX_C_SOURCE 200809L
#include "flags.h"
#include "util.h"

#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

/* F_MODE: a boolean that may also be given a word (-bisect=fix), its
 * value the word's place in the flag's list of words. F_DURATION: seconds,
 * or a number with a unit s, m or h. */
enum ftype { F_BOOL, F_INT, F_STR, F_SECONDS, F_MODE, F_DURATION };

struct flag {
	const char *name;
	enum ftype type;
	size_t off;
	const char *arg;
	const char *help;
};

/* The words an F_MODE flag takes after "=", by its field. */
static const char *const bisect_words[] = { "false", "true", "fix", NULL };
static const char *const cache_words[] = { "off", "on", NULL };
static const struct mode {
	size_t off;
	const char *const *words;
} modes[] = {
	{ offsetof(struct options, bisect), bisect_words },
	{ offsetof(struct options, cache), cache_words },
};

#define OPT(f) offsetof(struct options, f)

static const struct flag flags[] = {
	{ "n", F_INT, OPT(n), "N", "run N tests at once (default: online CPUs)" },
	{ "l", F_INT, OPT(l), "N",
	  "run at most N runoutput tests at once (Go; default: -n)" },
	{ "v", F_BOOL, OPT(verbose), NULL, "print a line for every test" },
	{ "k", F_BOOL, OPT(keep), NULL, "keep the temporary directories" },
	{ "summary", F_BOOL, OPT(summary), NULL, "print counts per status" },
	{ "show_skips", F_BOOL, OPT(show_skips), NULL,
	  "print a line for each skipped test" },
	{ "run_skips", F_BOOL, OPT(run_skips), NULL,
	  "ignore requires: constraints and the skip action" },
	{ "f", F_BOOL, OPT(no_known), NULL, "ignore the known-failure lists" },
	{ "shard", F_INT, OPT(shard), "I", "run only shard I" },
	{ "shards", F_INT, OPT(shards), "N", "split the tests into N shards" },
	{ "bless", F_BOOL, OPT(bless), NULL,
	  "write the output of run tests to their .out files" },
	{ "update_errors", F_BOOL, OPT(update_errors), NULL,
	  "rewrite the ERROR comments of errorcheck tests from the "
	  "compiler's diagnostics" },
	{ "all_codegen", F_BOOL, OPT(all_codegen), NULL,
	  "Go: asmcheck every GOOS/GOARCH/variant, not just this host's" },
	{ "list", F_BOOL, OPT(list), NULL,
	  "list the tests and their actions, run nothing" },
	{ "profile", F_STR, OPT(profile), "NAME",
	  "profile name in config/, or a .yaml path (default cc)" },
	{ "compiler", F_STR, OPT(compiler), "PATH",
	  "compiler to drive (default: the profile's; $RUNDRIVER_COMPILER)" },
	{ "flags", F_STR, OPT(flags), "'WORDS'",
	  "compiler flags added after the profile's, e.g. '-O0 -g'" },
	{ "bisect", F_MODE, OPT(bisect), "[=fix]",
	  "git bisect run's exits: 0 pass, 1 fail, 125 skip, 255 stop" },
	{ "count", F_INT, OPT(count), "N",
	  "run every test N times, report the flaky ones" },
	{ "stress", F_BOOL, OPT(stress), NULL,
	  "repeat rounds with random -n and environment until a failure" },
	{ "stress_time", F_DURATION, OPT(stress_time), "D",
	  "-stress: stop after D (90s, 10m, 1h; default 10m)" },
	{ "seed", F_INT, OPT(seed), "S", "-stress: replay the round of seed S" },
	{ "cache", F_MODE, OPT(cache), "[=off|on]",
	  "reuse the passes recorded in the result cache (default on)" },
	{ "failed", F_BOOL, OPT(failed), NULL,
	  "run only the tests that failed in the last run here" },
	{ "json", F_STR, OPT(json), "FILE",
	  "write go test -json events to FILE (- for stdout)" },
	{ "junit", F_STR, OPT(junit), "FILE", "write JUnit XML to FILE" },
	{ "tap", F_BOOL, OPT(tap), NULL, "print TAP version 13 on stdout" },
	{ "timeout", F_SECONDS, OPT(timeout), "SECONDS",
	  "deadline of each step (default: the profile's)" },
	{ "timeout_scale", F_SECONDS, OPT(timeout_scale), "X",
	  "multiply every deadline by X" },
	{ "h", F_BOOL, OPT(help), NULL, "print this help" },
	{ "help", F_BOOL, OPT(help), NULL, NULL },
};

enum { NFLAGS = sizeof(flags) / sizeof(flags[0]) };

void
flags_usage(void *out)
{
	FILE *f = out;
	size_t i;
	char left[64];

	fprintf(f, "usage: rundriver [flags] [path ...]\n"
		"       rundriver promote bugs/NAME.c ...   move fixed bugs "
		"to fixedbugs/\n"
		"       rundriver bisect -repo DIR -good REV -bad REV "
		"[-build CMD] [-fix] [flags] path ...\n"
		"                 find the commit of DIR that broke (-fix: "
		"mended) the tests\n"
		"       rundriver new fixedbugs/NAME.c [-action A] [-from FILE] "
		"[-fixed 'gcc N'] [-bless]\n"
		"                 write a regression case, then run it\n\n"
		"flags:\n");
	for (i = 0; i < NFLAGS; i++) {
		if (!flags[i].help)
			continue;
		snprintf(left, sizeof(left), "-%s%s%s", flags[i].name,
			 flags[i].arg && flags[i].type != F_MODE ? " " : "",
			 flags[i].arg ? flags[i].arg : "");
		fprintf(f, "  %-22s %s\n", left, flags[i].help);
	}
}

static int
set_value(struct options *o, const struct flag *fl, const char *v, char *err,
	  size_t errlen)
{
	char *base = (char *)o, *end;
	const char *const *w;
	long l;
	double d;

	errno = 0;
	switch (fl->type) {
	case F_BOOL:
		if (strcmp(v, "true") == 0 || strcmp(v, "1") == 0)
			*(int *)(base + fl->off) = 1;
		else if (strcmp(v, "false") == 0 || strcmp(v, "0") == 0)
			*(int *)(base + fl->off) = 0;
		else
			break;
		return 0;
	case F_INT:
		l = strtol(v, &end, 10);
		if (*end || end == v || errno || l < 0)
			break;
		*(long *)(base + fl->off) = l;
		return 0;
	case F_STR:
		*(const char **)(base + fl->off) = v;
		return 0;
	case F_SECONDS:
	case F_DURATION:
		d = strtod(v, &end);
		if (fl->type == F_DURATION && end != v && end[0] && !end[1] &&
		    strchr("smh", *end))
			d *= *end == 'h' ? 3600 : *end == 'm' ? 60 : 1, end++;
		if (*end || end == v || errno || !(d > 0))
			break;
		*(double *)(base + fl->off) = d;
		return 0;
	case F_MODE:
		for (l = 0; modes[l].off != fl->off; l++)
			;
		for (w = modes[l].words, l = 0; w[l]; l++)
			if (strcmp(v, w[l]) == 0) {
				*(int *)(base + fl->off) = (int)l;
				return 0;
			}
		break;
	}
	snprintf(err, errlen, "invalid value \"%s\" for flag -%s", v, fl->name);
	return -1;
}

int
flags_bisect(int argc, char **argv)
{
	const char *a;
	int i;

	for (i = 1; i < argc && strcmp(argv[i], "--") != 0; i++) {
		a = argv[i];
		if (*a != '-')
			continue;
		a += 1 + (a[1] == '-');
		if (strncmp(a, "bisect", 6) == 0 &&
		    (a[6] == '\0' || a[6] == '='))
			return 1;
	}
	return 0;
}

static const struct flag *
lookup(const char *name, size_t n)
{
	size_t i;

	for (i = 0; i < NFLAGS; i++)
		if (strlen(flags[i].name) == n &&
		    strncmp(flags[i].name, name, n) == 0)
			return &flags[i];
	return NULL;
}

/* The variables CI engines give each of their parallel jobs: its index
 * (counted from BASE) and, unless NULL, how many there are. */
static const struct engine {
	const char *index, *count;
	long base;
} engines[] = {
	{ "CI_NODE_INDEX", "CI_NODE_TOTAL", 1 },	/* GitLab parallel: */
	{ "BUILDKITE_PARALLEL_JOB", "BUILDKITE_PARALLEL_JOB_COUNT", 0 },
	{ "CIRCLE_NODE_INDEX", "CIRCLE_NODE_TOTAL", 0 },
	{ "SLURM_ARRAY_TASK_ID", "SLURM_ARRAY_TASK_COUNT", 0 },
	{ "JOB_COMPLETION_INDEX", NULL, 0 },	/* Kubernetes, with -shards */
};

/* A whole number from the environment variable NAME: 0, 1 when set
 * (*V), -1 with ERR set when it is not a number. */
static int
env_number(const char *name, long *v, char *err, size_t errlen)
{
	const char *s = getenv(name);
	char *end;

	if (!s || !*s)
		return 0;
	errno = 0;
	*v = strtol(s, &end, 10);
	if (*end || errno || *v < 0) {
		snprintf(err, errlen, "$%s: want a whole number, got \"%s\"",
			 name, s);
		return -1;
	}
	return 1;
}

/* -shard (and -shards, when not given) from the CI engine's variables;
 * two engines that disagree, or a shard out of range, are errors. Slurm's
 * task ids count from $SLURM_ARRAY_TASK_MIN. */
static int
shard_env(struct options *o, char *err, size_t errlen)
{
	long idx, count, min = 0, shard = -1, shards = 0;
	const char *from = NULL;
	size_t i;
	int got;

	for (i = 0; i < sizeof(engines) / sizeof(engines[0]); i++) {
		if ((got = env_number(engines[i].index, &idx, err, errlen)) <= 0) {
			if (got < 0)
				return -1;
			continue;
		}
		count = o->shards;
		if (engines[i].count &&
		    env_number(engines[i].count, &count, err, errlen) < 0)
			return -1;
		if (i == 3 && env_number("SLURM_ARRAY_TASK_MIN", &min, err,
					 errlen) < 0)
			return -1;
		idx -= engines[i].base + (i == 3 ? min : 0);
		if (count <= 0 || idx < 0 || idx >= count) {
			snprintf(err, errlen, "$%s: shard %ld of %ld is out of "
				 "range%s", engines[i].index, idx, count,
				 count <= 0 ? " (give -shards N)" : "");
			return -1;
		}
		if (from && (idx != shard || count != shards)) {
			snprintf(err, errlen, "$%s and $%s disagree: shard %ld "
				 "of %ld, and %ld of %ld", from,
				 engines[i].index, shard, shards, idx, count);
			return -1;
		}
		from = engines[i].index;
		shard = idx;
		shards = count;
	}
	if (from && o->shards && o->shards != shards) {
		snprintf(err, errlen, "-shards %ld and $%s's %ld shards disagree",
			 o->shards, from, shards);
		return -1;
	}
	if (from) {
		o->shard = shard;
		o->shards = shards;
	}
	return 0;
}

int
flags_own(const struct flag_own *owns, size_t n, void *base, int argc,
	  char **argv, int *j, const char *who)
{
	const char *a = argv[*j], *eq;
	size_t k, len;

	if (a[0] != '-')
		return 0;
	a += 1 + (a[1] == '-');
	eq = strchr(a, '=');
	len = eq ? (size_t)(eq - a) : strlen(a);
	for (k = 0; k < n; k++)
		if (strlen(owns[k].name) == len &&
		    strncmp(a, owns[k].name, len) == 0)
			break;
	if (k == n)
		return 0;
	if (!eq && *j + 1 == argc)
		fatal("%s: flag needs an argument: -%s", who, owns[k].name);
	*(const char **)((char *)base + owns[k].off) = eq ? eq + 1 :
							   argv[++*j];
	return 1;
}

int
flags_takes_value(const char *arg)
{
	const struct flag *fl;

	if (arg[0] != '-' || strchr(arg, '='))
		return 0;
	arg += 1 + (arg[1] == '-');
	fl = lookup(arg, strlen(arg));
	return fl && fl->type != F_BOOL && fl->type != F_MODE;
}

int
flags_parse(struct options *o, int argc, char **argv, char *err,
	    size_t errlen)
{
	const struct flag *fl;
	const char *a, *eq;
	int i;

	memset(o, 0, sizeof(*o));
	o->timeout_scale = 1;
	o->seed = -1;
	o->cache = 1;
	o->shard = -1;		/* not given: the environment's, or 0 */
	for (i = 1; i < argc; i++) {
		a = argv[i];
		if (a[0] != '-' || a[1] == '\0')
			break;
		if (strcmp(a, "--") == 0) {
			i++;
			break;
		}
		a += a[1] == '-' ? 2 : 1;
		eq = strchr(a, '=');
		fl = lookup(a, eq ? (size_t)(eq - a) : strlen(a));
		if (!fl) {
			snprintf(err, errlen, "flag provided but not defined: "
				 "%s", argv[i]);
			return -1;
		}
		if (eq) {
			if (set_value(o, fl, eq + 1, err, errlen) < 0)
				return -1;
		} else if (fl->type == F_BOOL || fl->type == F_MODE) {
			*(int *)((char *)o + fl->off) = 1;
		} else if (i + 1 == argc) {
			snprintf(err, errlen, "flag needs an argument: -%s",
				 fl->name);
			return -1;
		} else if (set_value(o, fl, argv[++i], err, errlen) < 0) {
			return -1;
		}
	}
	o->paths = argv + i;
	o->npaths = argc - i;
	o->argv = argv;
	o->argc = argc;
	if (o->shard < 0 && shard_env(o, err, errlen) < 0)
		return -1;
	if (o->shard < 0)
		o->shard = 0;
	if (o->shards && o->shard >= o->shards) {
		snprintf(err, errlen, "-shard %ld out of range for -shards %ld",
			 o->shard, o->shards);
		return -1;
	}
	return 0;
}
