/* Unit tests of constraint.c: requires: expressions and their errors. */
#include "unit.h"
#include "constraint.h"

#include <stdio.h>

void
test_constraint(void)
{
	static const char *const tags[] = { "gcc", "linux", "arch_x86_64",
					    "c11", NULL };
	static const struct {
		const char *expr;
		int want;	/* -1: malformed */
	} cases[] = {
		{ "gcc", 1 },
		{ "clang", 0 },
		{ "!clang", 1 },
		{ "gcc && linux", 1 },
		{ "gcc && clang", 0 },
		{ "clang || linux", 1 },
		{ "clang || tcc", 0 },
		{ "!(clang || tcc) && c11", 1 },
		{ "clang || gcc && tcc", 0 },	/* && binds tighter */
		{ "(clang || gcc) && !tcc", 1 },
		{ "  gcc  ", 1 },
		{ "!!gcc", 1 },
		{ "", -1 },
		{ "gcc &&", -1 },
		{ "(gcc", -1 },
		{ "gcc)", -1 },
		{ "gcc linux", -1 },
		{ "gcc & linux", -1 },
		{ "gcc-12", -1 },
	};
	char err[128];
	size_t i;

	for (i = 0; i < sizeof(cases) / sizeof(cases[0]); i++)
		check_int(cases[i].expr,
			  constraint_eval(cases[i].expr, tags, err,
					  sizeof(err)),
			  cases[i].want);
	constraint_eval("(gcc", tags, err, sizeof(err));
	check_str("error text", err, "expected ) at end of expression");
}
