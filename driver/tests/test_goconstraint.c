/* Unit tests of go/goconstraint.c: // +build and //go:build lines as
 * run.go 1.19 judges them. */
#include "unit.h"
#include "go/goconstraint.h"

#include <stdio.h>
#include <string.h>

/* Expected values were confirmed against Go 1.19's go/build/constraint
 * and a copy of run.go's shouldTest/match. */

static const char *const experiments[] = { "regabiwrappers", "regabiargs",
					   NULL };

enum { LIN, WIN };

static const struct gotags configs[] = {
	[LIN] = { "linux", "amd64", 1, 0, experiments },
	[WIN] = { "windows", "386", 0, 1, NULL },
};

static const struct {
	int config;
	const char *tag;
	int want;
} tag_cases[] = {
	{ LIN, "linux", 1 },
	{ LIN, "amd64", 1 },
	{ LIN, "gc", 1 },
	{ LIN, "test_run", 1 },
	{ LIN, "cgo", 1 },
	{ WIN, "cgo", 0 },
	{ LIN, "gcflags_noopt", 0 },
	{ WIN, "gcflags_noopt", 1 },
	{ LIN, "goexperiment.regabiargs", 1 },
	{ WIN, "goexperiment.regabiargs", 0 },
	{ LIN, "goexperiment.unified", 0 },
	{ LIN, "goexperiment.", 0 },
	{ LIN, "regabiargs", 0 },
	{ LIN, "windows", 0 },
	{ LIN, "unix", 0 },
	{ LIN, "go1.19", 0 },
	{ LIN, "gccgo", 0 },
	{ LIN, "amd64.v1", 0 },
	{ LIN, "LINUX", 0 },
	{ LIN, "ignore", 0 },
	{ LIN, "", 0 },
	{ LIN, "linux ", 0 },
};

/* WANT_LINE is the false line when WANT is 0. */
static const struct {
	int config;
	const char *header;
	int want;
	const char *want_line;
} check_cases[] = {
	/* //go:build expressions */
	{ LIN, "//go:build linux", 1, NULL },
	{ LIN, "//go:build windows", 0, "//go:build windows" },
	{ WIN, "//go:build windows && 386", 1, NULL },
	{ LIN, "//go:build linux && !amd64", 0, "//go:build linux && !amd64" },
	{ LIN, "//go:build windows || (linux && !arm)", 1, NULL },
	{ LIN, "//go:build !(windows || plan9)", 1, NULL },
	{ LIN, "//go:build arm||linux&&amd64", 1, NULL },
	{ LIN, "//go:build (arm||linux)&&!amd64", 0,
	  "//go:build (arm||linux)&&!amd64" },
	{ LIN, "//go:build\twindows", 0, "//go:build\twindows" },
	{ LIN, "//go:build windows\r", 0, "//go:build windows\r" },
	{ LIN, "//go:build\xc2\xa0" "windows", 0, "//go:build\xc2\xa0" "windows" },
	{ LIN, "//go:build \xc3\xa9", 0, "//go:build \xc3\xa9" },
	/* //go:build lines that are not constraints or do not parse */
	{ LIN, "//go:buildwindows", 1, NULL },
	{ LIN, " //go:build windows", 1, NULL },
	{ LIN, "//go:build", 1, NULL },
	{ LIN, "//go:build   ", 1, NULL },
	{ LIN, "//go:build windows &&", 1, NULL },
	{ LIN, "//go:build !!windows", 1, NULL },
	{ LIN, "//go:build windows & linux", 1, NULL },
	{ LIN, "//go:build (windows", 1, NULL },
	{ LIN, "//go:build windows)", 1, NULL },
	{ LIN, "//go:build windows linux", 1, NULL },
	{ LIN, "//go:build bad-tag", 1, NULL },
	{ LIN, "//go:build windows // no comments", 1, NULL },
	{ LIN, "//go:build windows\xc2\xa0&& linux", 1, NULL },
	{ LIN, "//go:build \xe2\x85\xa7", 1, NULL },	/* U+2167 is no letter */
	{ LIN, "//go:build windows \xff", 1, NULL },
	/* run.go's tags */
	{ LIN, "//go:build unix", 0, "//go:build unix" },
	{ LIN, "//go:build go1.18", 0, "//go:build go1.18" },
	{ LIN, "//go:build gc && test_run", 1, NULL },
	{ LIN, "//go:build gccgo", 0, "//go:build gccgo" },
	{ LIN, "//go:build cgo", 1, NULL },
	{ WIN, "//go:build cgo", 0, "//go:build cgo" },
	{ LIN, "//go:build !gcflags_noopt", 1, NULL },
	{ WIN, "//go:build !gcflags_noopt", 0, "//go:build !gcflags_noopt" },
	{ LIN, "//go:build goexperiment.regabiargs", 1, NULL },
	{ WIN, "//go:build goexperiment.regabiargs", 0,
	  "//go:build goexperiment.regabiargs" },
	{ LIN, "//go:build !goexperiment.unified", 1, NULL },
	/* // +build lines */
	{ LIN, "// +build linux", 1, NULL },
	{ LIN, "// +build windows", 0, "// +build windows" },
	{ LIN, "//+build windows", 0, "//+build windows" },
	{ LIN, "//  \t+build windows", 0, "//  \t+build windows" },
	{ LIN, "// +buildwindows", 1, NULL },
	{ LIN, "  // +build windows", 1, NULL },
	{ LIN, "// +build windows linux", 1, NULL },
	{ LIN, "// +build windows\tplan9", 0, "// +build windows\tplan9" },
	{ LIN, "// +build linux,amd64", 1, NULL },
	{ LIN, "// +build linux,arm", 0, "// +build linux,arm" },
	{ WIN, "// +build !windows !plan9", 1, NULL },
	{ WIN, "// +build !windows,!plan9", 0, "// +build !windows,!plan9" },
	{ LIN, "// +build !!linux", 0, "// +build !!linux" },
	{ LIN, "// +build !", 0, "// +build !" },
	{ LIN, "// +build bad-tag", 0, "// +build bad-tag" },
	{ LIN, "// +build !bad-tag", 1, NULL },
	{ LIN, "// +build linux,", 0, "// +build linux," },
	{ LIN, "// +build", 0, "// +build" },
	{ LIN, "// +build   ", 0, "// +build   " },
	{ LIN, "// +build ignore", 0, "// +build ignore" },
	{ LIN, "// +build unix", 0, "// +build unix" },
	{ WIN, "// +build gcflags_noopt,!cgo", 1, NULL },
	/* several lines, all ANDed, up to the first "package " line */
	{ LIN, "", 1, NULL },
	{ LIN, "// Copyright\n\n//go:build linux\n// +build linux\n", 1,
	  NULL },
	{ LIN, "//go:build linux\n// +build windows\n", 0,
	  "// +build windows" },
	{ LIN, "// run\n\n// +build linux\n\n//go:build !cgo\n", 0,
	  "//go:build !cgo" },
	{ LIN, "//go:build windows &&\n// +build linux", 1, NULL },
	{ LIN, "// +build windows\r\n", 0, "// +build windows\r" },
	{ LIN, "// +build linux\npackage main\n// +build windows", 1, NULL },
	{ LIN, "package main\n//go:build windows", 1, NULL },
	{ LIN, "package\n//go:build windows", 0, "//go:build windows" },
	{ LIN, "/* +build windows */\n// go:build windows", 1, NULL },
};

static void
test_tags(void)
{
	char name[96];
	size_t i;

	for (i = 0; i < sizeof(tag_cases) / sizeof(tag_cases[0]); i++) {
		snprintf(name, sizeof(name), "tag %zu \"%s\"", i,
			 tag_cases[i].tag);
		check_int(name,
			  goconstraint_tag(&configs[tag_cases[i].config],
					   tag_cases[i].tag,
					   strlen(tag_cases[i].tag)),
			  tag_cases[i].want);
	}
	check_int("tag length bounds the name",
		  goconstraint_tag(&configs[LIN], "linuxfoo", 5), 1);
}

static void
test_check(void)
{
	char name[96], got[128];
	const char *h, *line;
	size_t i, linelen;
	int v;

	for (i = 0; i < sizeof(check_cases) / sizeof(check_cases[0]); i++) {
		h = check_cases[i].header;
		snprintf(name, sizeof(name), "check %zu", i);
		v = goconstraint_check(&configs[check_cases[i].config], h,
				       strlen(h), &line, &linelen);
		check_int(name, v, check_cases[i].want);
		if (v == 0 && line >= h && line + linelen <= h + strlen(h))
			snprintf(got, sizeof(got), "%.*s", (int)linelen, line);
		else
			snprintf(got, sizeof(got), v ? "(runs)" : "(bad span)");
		check_str(name, v ? NULL : got, check_cases[i].want_line);
	}
}

/* Only header[0..len) is looked at: no NUL needed, none special. */
static void
test_bounds(void)
{
	static const char two[] = "// +build linux\n// +build windows";
	static const char nul[] = "// +build linux\0windows";
	const char *line = two;
	size_t linelen = 1;

	check_int("len stops before line 2",
		  goconstraint_check(&configs[LIN], two, 16, &line, &linelen),
		  1);
	check(line == NULL && linelen == 0, "runs clears the span",
	      "got %p %zu", (const void *)line, linelen);
	check_int("line 2 within len",
		  goconstraint_check(&configs[LIN], two, sizeof(two) - 1,
				     &line, &linelen), 0);
	check(line == two + 16 && linelen == 17, "span inside header",
	      "got offset %td length %zu", line - two, linelen);
	check_int("NUL is an invalid tag character",
		  goconstraint_check(&configs[LIN], nul, sizeof(nul) - 1,
				     &line, &linelen), 0);
	check_int("empty header", goconstraint_check(&configs[LIN], NULL, 0,
						      &line, &linelen), 1);
}

void
test_goconstraint(void)
{
	test_tags();
	test_check();
	test_bounds();
}
