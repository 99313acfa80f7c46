/* Unit tests of flags.c: Go's flag rules, bad values, -shard from the
 * variables of CI engines. */
#define _POSIX_C_SOURCE 200809L
#include "unit.h"
#include "flags.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

/* The options a case looks at, in a few words. */
static void
summary(const struct options *o, char *buf, size_t len)
{
	int n = snprintf(buf, len, "n=%ld v=%d paths=%d", o->n, o->verbose,
			 o->npaths);

	if (o->bisect)
		n += snprintf(buf + n, len - (size_t)n, " bisect=%d", o->bisect);
	if (o->stress_time)
		snprintf(buf + n, len - (size_t)n, " stress=%g", o->stress_time);
}

/* -shard and -shards from the variables CI engines set. */
static void
test_shard_env(void)
{
	static const char *const vars[] = { "CI_NODE_INDEX", "CI_NODE_TOTAL",
		"BUILDKITE_PARALLEL_JOB", "BUILDKITE_PARALLEL_JOB_COUNT",
		"CIRCLE_NODE_INDEX", "CIRCLE_NODE_TOTAL", "SLURM_ARRAY_TASK_ID",
		"SLURM_ARRAY_TASK_COUNT", "SLURM_ARRAY_TASK_MIN",
		"JOB_COMPLETION_INDEX", NULL };
	static const struct {
		const char *env;	/* NAME=VALUE words */
		const char *argv[4];
		const char *want;
	} cases[] = {
		{ "", { "rd" }, "0/0" },
		{ "CI_NODE_INDEX=2 CI_NODE_TOTAL=3", { "rd" }, "1/3" },
		{ "CI_NODE_INDEX=0 CI_NODE_TOTAL=3", { "rd" },
		  "$CI_NODE_INDEX: shard -1 of 3 is out of range" },
		{ "BUILDKITE_PARALLEL_JOB=2 BUILDKITE_PARALLEL_JOB_COUNT=4",
		  { "rd" }, "2/4" },
		{ "CIRCLE_NODE_INDEX=1 CIRCLE_NODE_TOTAL=2", { "rd" }, "1/2" },
		{ "SLURM_ARRAY_TASK_ID=5 SLURM_ARRAY_TASK_COUNT=3 "
		  "SLURM_ARRAY_TASK_MIN=4", { "rd" }, "1/3" },
		{ "JOB_COMPLETION_INDEX=3", { "rd", "-shards", "4" }, "3/4" },
		{ "JOB_COMPLETION_INDEX=3", { "rd" },
		  "$JOB_COMPLETION_INDEX: shard 3 of 0 is out of range (give "
		  "-shards N)" },
		{ "CI_NODE_INDEX=1 CI_NODE_TOTAL=2 CIRCLE_NODE_INDEX=1 "
		  "CIRCLE_NODE_TOTAL=2", { "rd" }, "$CI_NODE_INDEX and "
		  "$CIRCLE_NODE_INDEX disagree: shard 0 of 2, and 1 of 2" },
		{ "CI_NODE_INDEX=1 CI_NODE_TOTAL=2", { "rd", "-shards", "3" },
		  "-shards 3 and $CI_NODE_INDEX's 2 shards disagree" },
		{ "CI_NODE_INDEX=2 CI_NODE_TOTAL=2", { "rd", "-shard=0" }, "0/0" },
		{ "CI_NODE_INDEX=x", { "rd" },
		  "$CI_NODE_INDEX: want a whole number, got \"x\"" },
	};
	struct options o;
	char env[256], *w, *save, *eq, err[256], got[256];
	size_t i, k;
	int argc;

	for (i = 0; i < sizeof(cases) / sizeof(cases[0]); i++) {
		for (k = 0; vars[k]; k++)
			unsetenv(vars[k]);
		snprintf(env, sizeof(env), "%s", cases[i].env);
		for (w = strtok_r(env, " ", &save); w;
		     w = strtok_r(NULL, " ", &save)) {
			eq = strchr(w, '=');
			*eq = '\0';
			setenv(w, eq + 1, 1);
		}
		for (argc = 0; argc < 4 && cases[i].argv[argc]; argc++)
			;
		if (flags_parse(&o, argc, (char **)cases[i].argv, err,
				sizeof(err)) < 0)
			snprintf(got, sizeof(got), "%s", err);
		else
			snprintf(got, sizeof(got), "%ld/%ld", o.shard, o.shards);
		check_str(cases[i].env[0] ? cases[i].env : "(no variables)",
			  got, cases[i].want);
	}
	for (k = 0; vars[k]; k++)
		unsetenv(vars[k]);
}

void
test_flags(void)
{
	static const struct {
		const char *argv[6];
		const char *want;	/* summary of options, or the error */
	} cases[] = {
		{ { "rd" }, "n=0 v=0 paths=0" },
		{ { "rd", "-v", "-n", "4", "test/" }, "n=4 v=1 paths=1" },
		{ { "rd", "--v", "--n=3" }, "n=3 v=1 paths=0" },
		{ { "rd", "-v=false", "a", "-v" }, "n=0 v=0 paths=2" },
		{ { "rd", "--", "-v" }, "n=0 v=0 paths=1" },
		{ { "rd", "-", "x" }, "n=0 v=0 paths=2" },
		{ { "rd", "-bogus" }, "flag provided but not defined: -bogus" },
		{ { "rd", "-n" }, "flag needs an argument: -n" },
		{ { "rd", "-n", "x" }, "invalid value \"x\" for flag -n" },
		{ { "rd", "-v=maybe" }, "invalid value \"maybe\" for flag -v" },
		{ { "rd", "-timeout", "0" },
		  "invalid value \"0\" for flag -timeout" },
		{ { "rd", "-shard", "3", "-shards", "3" },
		  "-shard 3 out of range for -shards 3" },
		{ { "rd", "-bisect", "x.c" }, "n=0 v=0 paths=1 bisect=1" },
		{ { "rd", "-bisect=fix", "x.c" }, "n=0 v=0 paths=1 bisect=2" },
		{ { "rd", "--bisect=false" }, "n=0 v=0 paths=0" },
		{ { "rd", "-bisect=fixed" },
		  "invalid value \"fixed\" for flag -bisect" },
		{ { "rd", "-bisect", "fix" }, "n=0 v=0 paths=1 bisect=1" },
		{ { "rd", "-stress_time", "5m" }, "n=0 v=0 paths=0 stress=300" },
		{ { "rd", "-stress_time=90s" }, "n=0 v=0 paths=0 stress=90" },
		{ { "rd", "-stress_time=1.5h" }, "n=0 v=0 paths=0 stress=5400" },
		{ { "rd", "-stress_time", "5d" },
		  "invalid value \"5d\" for flag -stress_time" },
		{ { "rd", "-count", "-1" }, "invalid value \"-1\" for flag -count" },
	};
	struct options o;
	char err[256], got[256];
	size_t i;
	int argc;

	for (i = 0; i < sizeof(cases) / sizeof(cases[0]); i++) {
		for (argc = 0; argc < 6 && cases[i].argv[argc]; argc++)
			;
		if (flags_parse(&o, argc, (char **)cases[i].argv, err,
				sizeof(err)) < 0)
			snprintf(got, sizeof(got), "%s", err);
		else
			summary(&o, got, sizeof(got));
		check_str(cases[i].argv[1] ? cases[i].argv[1] : "(none)", got,
			  cases[i].want);
	}
	flags_parse(&o, 5, (char *[]){ "rd", "-timeout_scale", "2.5",
				       "-profile", "gcc", NULL }, err,
		    sizeof(err));
	check(o.timeout_scale == 2.5, "timeout_scale", "got %g",
	      o.timeout_scale);
	check_str("profile", o.profile, "gcc");
	check_int("flags_bisect -n 4 -bisect", flags_bisect(4, (char *[]){
		  "rd", "-n", "4", "-bisect", NULL }), 1);
	check_int("flags_bisect --bisect=fix", flags_bisect(2, (char *[]){
		  "rd", "--bisect=fix", NULL }), 1);
	check_int("flags_bisect -bisector", flags_bisect(2, (char *[]){
		  "rd", "-bisector", NULL }), 0);
	check_int("flags_bisect after --", flags_bisect(3, (char *[]){
		  "rd", "--", "-bisect", NULL }), 0);
	check_int("takes value -profile", flags_takes_value("-profile"), 1);
	check_int("takes value -profile=x", flags_takes_value("-profile=x"), 0);
	check_int("takes value -bless", flags_takes_value("-bless"), 0);
	check_int("takes value -bisect", flags_takes_value("-bisect"), 0);
	test_shard_env();
}
