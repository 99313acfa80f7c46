/* Unit tests of suite.c: a rundriver.yaml found by walking up, its keys,
 * what it says of a test (taken or not, its golden file, its known list). */
#define _XOPEN_SOURCE 700
#include "unit.h"
#include "arena.h"
#include "suite.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

void
test_suite(void)
{
	static const struct {
		const char *name, *rel;	/* a test, from the suite's root */
		int taken;
		const char *golden;	/* from the root */
	} cases[] = {
		{ "in the include glob", "tests/single/1.c", 1,
		  "tests/single/1.c.expected" },
		{ "outside it", "scripts/x.c", 0, NULL },
		{ "excluded", "tests/single/skip-me.c", 0, NULL },
		{ "nested below the root", "tests/single/deep/2.c", 0, NULL },
	};
	char dir[] = "/tmp/rundriver-suite-XXXXXX", path[512], want[512];
	struct suites *s;
	const struct suite *su, *again;
	struct arena a;
	char *k;
	size_t i;

	if (!mkdtemp(dir)) {
		check(0, "suite: temp folder", "mkdtemp failed");
		return;
	}
	snprintf(path, sizeof(path), "%s/tests", dir);
	mkdir(path, 0700);
	snprintf(path, sizeof(path), "%s/tests/single", dir);
	mkdir(path, 0700);
	snprintf(path, sizeof(path), "%s/tests/single/deep", dir);
	mkdir(path, 0700);
	snprintf(path, sizeof(path), "%s/scripts", dir);
	mkdir(path, 0700);
	unit_put(dir, "rundriver.yaml", "default_action: run\n"
	    "golden: \"{file}.expected\"\ncompare: ignore-space\n"
	    "exit_status: ignore\nflags: [-I, inc]\n"
	    "include: [\"tests/single/*.c\"]\nexclude: [\"tests/*/skip-*\"]\n"
	    "known_failures: {gcc: gcc-known.txt}\n");
	arena_init(&a);
	s = suites_new();
	for (i = 0; i < sizeof(cases) / sizeof(cases[0]); i++) {
		snprintf(path, sizeof(path), "%s/%s", dir, cases[i].rel);
		unit_put(dir, cases[i].rel, "int x;\n");
		su = suites_find(s, path);
		check(su != NULL, cases[i].name, "no suite found");
		check_int(cases[i].name, suite_takes(su, path), cases[i].taken);
		if (su && cases[i].golden) {
			snprintf(want, sizeof(want), "%s/%s", dir,
				 cases[i].golden);
			check_str(cases[i].name, suite_golden(&a, su, path),
				  want);
		}
	}
	snprintf(path, sizeof(path), "%s/tests/single/1.c", dir);
	su = suites_find(s, path);
	snprintf(path, sizeof(path), "%s/scripts/x.c", dir);
	again = suites_find(s, path);
	check(su && su == again, "one suite, read once", "two suites");
	if (su) {
		check_int("compare", su->compare, COMPARE_IGNORE_SPACE);
		check_int("exit_status", su->ignore_exit, 1);
		check_str("default_action", su->default_action, "run");
		check_int("flags", (long)su->nflags, 2);
		k = suite_known(su, "gcc");
		snprintf(want, sizeof(want), "%s/gcc-known.txt", dir);
		check_str("known list from the root", k, want);
		free(k);
		check_str("no list for tcc", suite_known(su, "tcc"), NULL);
	}
	check_str("no suite: NAME.out", suite_golden(&a, NULL, "t/x.c"),
		  "t/x.out");
	suites_free(s);
	arena_release(&a);
	for (i = 0; i < sizeof(cases) / sizeof(cases[0]); i++) {
		snprintf(path, sizeof(path), "%s/%s", dir, cases[i].rel);
		remove(path);
	}
	snprintf(path, sizeof(path), "%s/rundriver.yaml", dir);
	remove(path);
	for (i = 0; i < 4; i++) {
		snprintf(path, sizeof(path), "%s/%s", dir, (const char *[]){
			 "tests/single/deep", "tests/single", "tests",
			 "scripts" }[i]);
		rmdir(path);
	}
	rmdir(dir);
}
