/* Unit tests of flags.c: Go's flag rules and bad values. */
#include "unit.h"
#include "flags.h"

#include <stdio.h>
#include <string.h>

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
			snprintf(got, sizeof(got), "n=%ld v=%d paths=%d", o.n,
				 o.verbose, o.npaths);
		check_str(cases[i].argv[1] ? cases[i].argv[1] : "(none)", got,
			  cases[i].want);
	}
	flags_parse(&o, 5, (char *[]){ "rd", "-timeout_scale", "2.5",
				       "-profile", "gcc", NULL }, err,
		    sizeof(err));
	check(o.timeout_scale == 2.5, "timeout_scale", "got %g",
	      o.timeout_scale);
	check_str("profile", o.profile, "gcc");
}
