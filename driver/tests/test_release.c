/* Unit tests of release.c: releases compared part by part, and the bug:
 * and fixed: lists matched against a profile and its release. */
#include "unit.h"
#include "profile.h"
#include "release.h"

#include <stdio.h>
#include <string.h>

static void
test_cmp(void)
{
	static const struct {
		const char *a, *b;
		int prefix, want;	/* want: the sign */
	} cases[] = {
		{ "16.0.6", "16", 0, 1 },
		{ "16.0.6", "16", 1, 0 },
		{ "15.0.7", "16", 0, -1 },
		{ "16", "16", 0, 0 },
		{ "11.3.0", "11.4", 0, -1 },
		{ "11.4.1", "11.4", 1, 0 },
		{ "9.5", "10", 0, -1 },		/* as numbers, not strings */
		{ "22.1.8", "22", 1, 0 },
		{ "23.0", "22", 1, 1 },
		{ "0.9.27", "0.9.27", 0, 0 },
	};
	char name[64];
	size_t i;
	int got;

	for (i = 0; i < sizeof(cases) / sizeof(cases[0]); i++) {
		got = release_cmp(cases[i].a, cases[i].b, cases[i].prefix);
		snprintf(name, sizeof(name), "cmp %s %s%s", cases[i].a,
			 cases[i].b, cases[i].prefix ? " (prefix)" : "");
		check_int(name, got < 0 ? -1 : got > 0, cases[i].want);
	}
}

void
test_release(void)
{
	static char *tags[] = { "clang", "c11", NULL };
	static const struct {
		const char *spec, *release;
		int want;		/* 1, 0, -1: a syntax error */
		const char *err;
	} bugs[] = {
		{ "clang", "16.0.6", 1, NULL },
		{ "clang", NULL, 1, NULL },
		{ "tcc, gcc", "16.0.6", 0, NULL },
		{ "clang-16", "16.0.6", 1, NULL },	/* the profile's name */
		{ "clang 13-22", "16.0.6", 1, NULL },
		{ "clang 13-15", "16.0.6", 0, NULL },
		{ "clang 16", "16.0.6", 1, NULL },
		{ "clang 17-", "16.0.6", 0, NULL },
		{ "clang 16-", "16.0.6", 1, NULL },
		{ "gcc 11-12, clang 13-22", "22.1.8", 1, NULL },
		{ "clang 13-22", NULL, 1, NULL },	/* unknown: taken in */
		{ "clang thirteen", "16", -1, "bad release range \"thirteen\" "
		  "(want R, LOW-HIGH or LOW-, e.g. 13-22)" },
		{ "clang 13 22", "16", -1, "want NAME or NAME RELEASES, got "
		  "\"clang 13 22\"" },
		{ "clang,,gcc", "16", -1, "empty entry in the list" },
	};
	static const struct {
		const char *spec, *release;
		int want;
		const char *fix;
	} fixes[] = {
		{ "clang 16", "15.0.7", FIX_BEFORE, "clang 16" },
		{ "clang 16", "16.0.6", FIX_AFTER, "clang 16" },
		{ "clang 16", "22.1.8", FIX_AFTER, "clang 16" },
		{ "clang 16", NULL, FIX_NONE, "" },
		{ "gcc 12", "15.0.7", FIX_NONE, "" },
		{ "gcc 12, clang 17", "16.0.6", FIX_BEFORE, "clang 17" },
		{ "clang 17 since 15", "14.0.6", FIX_NONE, "" },
		{ "clang 17 since 15", "15.0.7", FIX_BEFORE, "clang 17" },
		{ "clang 17 since 15", "19.1.7", FIX_AFTER, "clang 17" },
		{ "clang", "16", -1, "want NAME RELEASE [since RELEASE] (e.g. "
		  "\"clang 16\"), got \"clang\"" },
		{ "clang 16 until 17", "16", -1, "want NAME RELEASE [since "
		  "RELEASE] (e.g. \"clang 16\"), got \"clang 16 until 17\"" },
	};
	struct profile p;
	char name[96], err[256], fix[64];
	size_t i;
	int got;

	test_cmp();
	memset(&p, 0, sizeof(p));
	p.name = "clang-16";
	p.tags = tags;
	p.ntags = 2;
	for (i = 0; i < sizeof(bugs) / sizeof(bugs[0]); i++) {
		err[0] = '\0';
		got = release_bug_names(bugs[i].spec, &p, bugs[i].release, err,
					sizeof(err));
		snprintf(name, sizeof(name), "bug: %s at %s", bugs[i].spec,
			 bugs[i].release ? bugs[i].release : "?");
		check_int(name, got, bugs[i].want);
		if (bugs[i].err)
			check_str(name, err, bugs[i].err);
	}
	for (i = 0; i < sizeof(fixes) / sizeof(fixes[0]); i++) {
		err[0] = fix[0] = '\0';
		got = release_fixed_side(fixes[i].spec, &p, fixes[i].release,
					 fix, sizeof(fix), err, sizeof(err));
		snprintf(name, sizeof(name), "fixed: %s at %s", fixes[i].spec,
			 fixes[i].release ? fixes[i].release : "?");
		check_int(name, got, fixes[i].want);
		check_str(name, got < 0 ? err : got == FIX_NONE ? "" : fix,
			  fixes[i].fix);
	}
}
