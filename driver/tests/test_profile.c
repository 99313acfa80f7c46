/* Unit tests of profile.c: every key, type and placeholder error, the
 * dialect columns, the defaults. */
#define _XOPEN_SOURCE 700
#include "unit.h"
#include "dialect.h"
#include "dialects.h"
#include "profile.h"
#include "regex.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#define STEPS \
	"steps:\n" \
	"  compile: [cc, -c, \"{src}\"]\n" \
	"  build: [cc, \"{srcs}\"]\n" \
	"  check: [cc, -c, \"{src}\"]\n" \
	"  run: [\"{exe}\"]\n"
#define DIAG "diagnostics: '^(?<file>[^:]+):(?<line>\\d+): (?<text>.*)$'\n"
#define GOOD "name: t\ndialect: c\ncompiler: cc\n" STEPS DIAG

/* extends: a profile over another, found beside it: its keys inherited
 * (known_failures resolved beside the base), set again, the name not
 * inherited, a loop refused. */
static void
test_base(void)
{
	static const struct {
		const char *name, *text, *err;
	} cases[] = {
		{ "extends: name not inherited", "extends: b\ncompiler: cc2\n",
		  "DIR/c.yaml:1:1: missing key \"name\"" },
		{ "extends: a loop", "extends: loop\nname: c\n",
		  "DIR/loop.yaml:1:10: extends: more than 8 profiles deep "
		  "(does one extend itself?)" },
		{ "extends: its own errors", "extends: bad\nname: c\n",
		  "DIR/bad.yaml:1:1: unknown key \"colour\"" },
	};
	char dir[] = "/tmp/rundriver-unit-XXXXXX", path[512], err[512];
	char want[512];
	static const char child[] = "extends: b\nname: c\ncompiler: cc2\n"
		"steps:\n  run: [\"{exe}\", x]\n";
	struct profile *p;
	size_t i;

	if (!mkdtemp(dir)) {
		check(0, "extends: temp folder", "mkdtemp failed");
		return;
	}
	unit_put(dir, "b.yaml", GOOD "known_failures: k.txt\ntags: [x]\n"
	    "family: f\n");
	unit_put(dir, "loop.yaml", "extends: loop\n");
	unit_put(dir, "bad.yaml", "colour: blue\n");
	snprintf(path, sizeof(path), "%s/c.yaml", dir);
	p = profile_parse(path, child, strlen(child), err, sizeof(err));
	check(p != NULL, "extends: loads", "%s", err);
	if (p) {
		check_str("extends: own name", p->name, "c");
		check_str("extends: own compiler", p->compiler, "cc2");
		check_str("extends: inherited tags", p->tags[0], "x");
		check_str("extends: inherited family", p->family, "f");
		snprintf(want, sizeof(want), "%s/k.txt", dir);
		check_str("extends: known list beside the base",
			  p->known_failures, want);
		check_str("extends: a step set again", p->steps[STEP_RUN].words[1],
			  "x");
		check_str("extends: a step inherited",
			  p->steps[STEP_COMPILE].words[0], "cc");
	}
	profile_free(p);
	for (i = 0; i < sizeof(cases) / sizeof(cases[0]); i++) {
		err[0] = '\0';
		p = profile_parse(path, cases[i].text, strlen(cases[i].text),
				  err, sizeof(err));
		snprintf(want, sizeof(want), "%s%s", dir, cases[i].err + 3);
		check_str(cases[i].name, p ? NULL : err, want);
		profile_free(p);
	}
	for (i = 0; i < 3; i++) {
		snprintf(path, sizeof(path), "%s/%s", dir,
			 (const char *[]){ "b.yaml", "loop.yaml", "bad.yaml" }[i]);
		remove(path);
	}
	rmdir(dir);
}

void
test_profile(void)
{
	static const struct {
		const char *name, *text, *err;	/* err NULL: loads */
	} cases[] = {
		{ "minimal", GOOD, NULL },
		{ "all keys", GOOD "extensions: [.c, .i]\nversion: [cc, -v]\n"
		  "flags: [-O2]\nerror_tags: [ERROR]\ntags: [a, b]\n"
		  "timeout: 5\noutput_limit: 1000\nenv: {A: b}\n"
		  "known_failures: k.txt\n", NULL },
		{ "unknown key", GOOD "colour: blue\n",
		  "p.yaml:10:1: unknown key \"colour\"" },
		{ "duplicate key", GOOD "name: u\n",
		  "p.yaml:10:1: duplicate key \"name\"" },
		{ "wrong type", GOOD "flags: -O2\n",
		  "p.yaml:10:8: flags: expected a list, got a string" },
		{ "cache keys", GOOD "cache: off\ndirect_tools: on\n"
		  "tool_env: {GOGC: 400}\nidentity: [/usr/lib/gcc/*/*/cc1]\n",
		  NULL },
		{ "depflags", GOOD "depflags: [-MD, -MF, \"{tmp}/deps.d\"]\n",
		  NULL },
		{ "depflags: a placeholder of no step", GOOD
		  "depflags: [-MF, \"{deps}\"]\n",
		  "p.yaml:10:17: depflags: unknown placeholder {deps}" },
		{ "depflags: output outside the temp folder", GOOD
		  "depflags: [-MD, -o, /tmp/x.d]\n",
		  "p.yaml:10:21: depflags: output path \"/tmp/x.d\" lies outside "
		  "the test's temp folder (want {tmp}/... or {exe})" },
		{ "cache: a word that is not on or off", GOOD "cache: maybe\n",
		  "p.yaml:10:8: cache: expected on or off, got \"maybe\"" },
		{ "tool_env: not a map", GOOD "tool_env: [GOGC]\n",
		  "p.yaml:10:11: tool_env: expected a map, got a list" },
		{ "bad number", GOOD "timeout: soon\n",
		  "p.yaml:10:10: timeout: expected a positive number, got \"soon\"" },
		{ "negative number", GOOD "timeout: -1\n",
		  "p.yaml:10:10: timeout: expected a positive number, got \"-1\"" },
		{ "steps given twice", GOOD "steps:\n  link: [ld]\n",
		  "p.yaml:10:1: duplicate key \"steps\"" },
		{ "unknown step name",
		  "name: t\ndialect: c\ncompiler: cc\nsteps:\n  link: [ld]\n",
		  "p.yaml:5:3: steps: unknown step \"link\" (expected compile, build, "
		  "check, asm, run or deps)" },
		{ "output to /dev/null", "name: t\ndialect: c\ncompiler: cc\n"
		  "steps:\n  compile: [cc, -o, /dev/null]\n",
		  "p.yaml:5:21: steps: output path \"/dev/null\" lies outside the "
		  "test's temp folder (want {tmp}/... or {exe})" },
		{ "glued output outside tmp", "name: t\ndialect: c\n"
		  "compiler: cc\nsteps:\n  compile: [cc, -o/tmp/a.o]\n",
		  "p.yaml:5:17: steps: output path \"/tmp/a.o\" lies outside the "
		  "test's temp folder (want {tmp}/... or {exe})" },
		{ "a device as input", "name: t\ndialect: c\ncompiler: cc\n"
		  "steps:\n  compile: [cc, /dev/zero]\n",
		  "p.yaml:5:17: steps: \"/dev/zero\": a step may not name a device "
		  "(an output path must be in {tmp})" },
		{ "output in tmp", "name: t\ndialect: c\ncompiler: cc\n"
		  "steps:\n  compile: [cc, -o, \"{tmp}/a.o\"]\n"
		  "  build: [cc, -o, \"{exe}\"]\n  check: [cc]\n"
		  "  run: [\"{exe}\"]\n" DIAG, NULL },
		{ "unknown placeholder", "name: t\ndialect: c\ncompiler: cc\n"
		  "steps:\n  compile: [cc, \"{source}\"]\n",
		  "p.yaml:5:17: steps: unknown placeholder {source}" },
		{ "list placeholder inside a word",
		  "name: t\ndialect: c\ncompiler: cc\n"
		  "steps:\n  build: [cc, \"-I{srcs}\"]\n",
		  "p.yaml:5:15: steps: {srcs} expands to several words and must "
		  "stand alone" },
		{ "unclosed brace", "name: t\ndialect: c\ncompiler: cc\n"
		  "steps:\n  run: [\"{exe\"]\n",
		  "p.yaml:5:9: steps: unclosed { in \"{exe\"" },
		{ "missing step", "name: t\ndialect: c\ncompiler: cc\n"
		  "steps:\n  compile: [cc]\n" DIAG,
		  "p.yaml:1:1: missing step \"build\"" },
		{ "missing name", "dialect: c\ncompiler: cc\n" STEPS DIAG,
		  "p.yaml:1:1: missing key \"name\"" },
		{ "bad dialect", "name: t\ndialect: rust\ncompiler: cc\n" STEPS
		  DIAG, "p.yaml:1:1: unsupported dialect \"rust\" (expected "
		  "\"c\" or \"go\")" },
		{ "go needs no steps", "name: go\ndialect: go\ncompiler: go\n",
		  NULL },
		{ "go with a bad diagnostics pattern",
		  "name: go\ndialect: go\ncompiler: go\ndiagnostics: '('\n",
		  "p.yaml:1:1: diagnostics: missing closing parenthesis at "
		  "offset 1" },
		{ "missing diagnostics", "name: t\ndialect: c\ncompiler: cc\n"
		  STEPS, "p.yaml:1:1: missing key \"diagnostics\"" },
		{ "diagnostics without groups", "name: t\ndialect: c\n"
		  "compiler: cc\n" STEPS "diagnostics: 'x'\n",
		  "p.yaml:1:1: diagnostics needs the groups (?<file>), "
		  "(?<line>) and (?<text>)" },
		{ "bad diagnostics", "name: t\ndialect: c\ncompiler: cc\n" STEPS
		  "diagnostics: '('\n", "p.yaml:1:1: diagnostics: missing "
		  "closing parenthesis at offset 1" },
		{ "malformed yaml", "name: [t\n",
		  "p.yaml:2:1: did not find expected ',' or ']'" },
		{ "not a mapping", "- a\n",
		  "p.yaml:1:1: a profile must be a mapping" },
		{ "empty", "", "p.yaml:1:1: empty profile" },
		{ "release without a version command",
		  GOOD "release: 'v(?<release>\\d+)'\n",
		  "p.yaml:1:1: release: needs the version command whose "
		  "output it reads" },
		{ "release without its group", GOOD "version: [cc, -v]\n"
		  "release: 'v\\d+'\n",
		  "p.yaml:1:1: release: needs the group (?<release>)" },
		{ "bad release pattern", GOOD "version: [cc, -v]\n"
		  "release: '('\n", "p.yaml:1:1: release: missing closing "
		  "parenthesis at offset 1" },
		{ "release and family", GOOD "version: [cc, -v]\n"
		  "release: 'v(?<release>\\d+)'\nfamily: cc\n", NULL },
		{ "missing base", GOOD "extends: nosuch\n",
		  "p.yaml:10:10: extends: ./nosuch.yaml: No such file or "
		  "directory" },
	};
	static const char with_known[] = GOOD "known_failures: k.txt\n"
		"env: {LC_ALL: C}\n";
	char err[512], *path;
	struct profile *p;
	size_t i;

	for (i = 0; i < sizeof(cases) / sizeof(cases[0]); i++) {
		err[0] = '\0';
		p = profile_parse("p.yaml", cases[i].text,
				  strlen(cases[i].text), err, sizeof(err));
		check_str(cases[i].name, p ? NULL : err, cases[i].err);
		profile_free(p);
	}
	p = profile_parse("dir/p.yaml", with_known, strlen(with_known), err,
			  sizeof(err));
	check(p != NULL, "defaults", "%s", err);
	if (p) {
		check_str("known list beside the profile", p->known_failures,
			  "dir/k.txt");
		check_int("default timeout", (long)p->timeout, 120);
		check_int("default output limit", (long)p->output_limit,
			  4 << 20);
		check_str("default extension", p->extensions[0], ".c");
		check_str("env", p->env[0], "LC_ALL=C");
		check_str("the dialect's row", p->dialect ? p->dialect->name :
			  NULL, "c");
		check(p->diag && regex_match(p->diag, "x.c:3: bad", 10) == 1,
		      "diagnostics compiled once, with the profile",
		      "no compiled pattern, or it does not match");
	}
	profile_free(p);
	check(dialect_find("go") && !dialect_find("rust"), "dialect table",
	      "go missing, or rust found");
	test_base();
	path = profile_find("gcc", "cfg");
	check_str("find by name", path, "cfg/gcc.yaml");
	free(path);
	path = profile_find("my/x.yaml", "cfg");
	check_str("find by path", path, "my/x.yaml");
	free(path);
}
