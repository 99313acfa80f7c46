/* Unit tests of flags.c: Go's flag rules and bad values. */
#include "unit.h"
#include "flags.h"

#include <stdio.h>
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
}
