/* Unit tests of results.c: the store read back (damaged lines passed
 * over), new verdicts winning when saved, -failed's tests and the start
 * order; and of stress.c: a round is a function of its seed. */
#define _POSIX_C_SOURCE 200809L
#include "unit.h"
#include "dialect.h"
#include "flags.h"
#include "results.h"
#include "stress.h"
#include "util.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

static const char store[] =
	"cc\tok\t0.500\tt/slow.c\n"
	"cc\tFAIL\t0.010\tt/bad.c\n"
	"cc\tok\t0.010\tt/fast.c\n"
	"gcc\tFIXED\t0.020\tt/fast.c\n"
	"cc\tBROKEN\t1\tt/x.c\n"		/* no such verdict */
	"cc\tok\tsoon\tt/y.c\n"			/* no number */
	"cc\tok\t1\n"				/* no path */
	"\tok\t1\tt/z.c\n"			/* no profile */
	"cc\tok\t2.0\tt/torn.c";		/* no newline: torn */

static void
test_load(const char *dir)
{
	static const struct {
		const char *profile, *path;
		int found;
		enum status st;
		double secs;
	} cases[] = {
		{ "cc", "t/slow.c", 1, ST_OK, 0.5 },
		{ "cc", "./t/slow.c", 1, ST_OK, 0.5 },
		{ "cc", "t/bad.c", 1, ST_FAIL, 0.01 },
		{ "gcc", "t/fast.c", 1, ST_FIXED, 0.02 },
		{ "gcc", "t/slow.c", 0, ST_OK, 0 },
		{ "cc", "t/x.c", 0, ST_OK, 0 },
		{ "cc", "t/y.c", 0, ST_OK, 0 },
		{ "", "t/z.c", 0, ST_OK, 0 },
		{ "cc", "t/torn.c", 0, ST_OK, 0 },
	};
	struct results *r = results_load(dir);
	enum status st;
	double secs;
	size_t i;
	char name[128];
	int found;

	for (i = 0; i < sizeof(cases) / sizeof(cases[0]); i++) {
		found = results_get(r, cases[i].profile, cases[i].path, &st,
				    &secs);
		snprintf(name, sizeof(name), "get %s %s", cases[i].profile,
			 cases[i].path);
		check(found == cases[i].found && (!found ||
		      (st == cases[i].st && secs == cases[i].secs)), name,
		      "found %d status %d secs %g", found, found ? (int)st : -1,
		      found ? secs : 0);
	}
	results_free(r);
}

static void
test_order(const char *dir)
{
	static char *paths[] = { "t/fast.c", "t/new.c", "t/slow.c",
				 "./t/bad.c", NULL };
	static const char *const profiles[] = { "cc", "gcc" };
	struct results *r = results_load(dir);
	size_t *order = results_order(r, "cc", paths, 4, 2), n, i;
	char got[128] = "", **failed;

	for (i = 0; order && i < 8; i++)
		snprintf(got + strlen(got), sizeof(got) - strlen(got), "%zu ",
			 order[i]);
	/* bad (failed) first, then slow, then fast and new (0 s), each
	 * test's two runs side by side */
	check_str("order", got, "6 7 4 5 0 1 2 3 ");
	free(order);
	check_int("failed bad.c", results_failed(r, profiles, 1, "t/bad.c"), 1);
	check_int("failed fast.c under cc", results_failed(r, profiles, 1,
		  "t/fast.c"), 0);
	check_int("failed fast.c under cc, gcc", results_failed(r, profiles,
		  2, "t/fast.c"), 1);
	failed = results_failed_paths(r, &n);
	check_int("failed paths (none exist here)", (long)n, 0);
	free_strv(failed);
	results_put(r, "cc", "./t/bad.c", ST_OK, 0.25);
	results_put(r, "cc", "t/new.c", ST_SKIP, 0);
	check_int("save", results_save(r), 0);
	results_free(r);
	r = results_load(dir);
	check_int("bad.c fixed after save", results_failed(r, profiles, 1,
		  "t/bad.c"), 0);
	order = results_order(r, "cc", paths, 4, 1);
	check(order && order[0] == 2, "order after save", "first %zu",
	      order ? order[0] : 99);
	free(order);
	results_free(r);
}

static void
test_stress(void)
{
	static const struct dialect c = { .name = "c", .stress = {
		"MALLOC_PERTURB_", 255, 0 } };
	static const struct dialect go = { .name = "go", .stress = {
		"GOMAXPROCS", 0, 4 } };
	static char *env[] = { "PATH=/bin", "MALLOC_PERTURB_=9", NULL };
	struct stress_round a, b;
	char **e;
	unsigned long k;
	int ok = 1;

	for (k = 0; k < 200; k++) {
		stress_round(&a, stress_seed(42, k), &c, 2);
		stress_round(&b, a.seed, &c, 2);
		ok &= a.n == b.n && a.value == b.value && a.n >= 1 &&
		      a.n <= 4 && a.value >= 1 && a.value <= 255;
		stress_round(&b, stress_seed(42, k), &go, 3);
		ok &= b.value >= 1 && b.value <= 12 && b.n <= 6;
	}
	check(ok, "stress rounds replay and stay in range", "k %lu", k);
	check(stress_seed(42, 1) != stress_seed(42, 2), "stress seeds differ",
	      "same seed");
	stress_round(&a, 7, &c, 2);
	e = stress_env(env, &a);
	check(e[0] && strcmp(e[0], "PATH=/bin") == 0 && e[1] &&
	      strncmp(e[1], "MALLOC_PERTURB_=", 16) == 0 &&
	      atol(e[1] + 16) == a.value && !e[2], "stress env",
	      "%s %s", e[0], e[1] ? e[1] : "");
	free_strv(e);
}

void
test_results(void)
{
	char dir[] = "/tmp/rundriver-unit-XXXXXX", sub[64], file[80];
	struct results *r;

	if (!mkdtemp(dir)) {
		check(0, "results: mkdtemp", "failed");
		return;
	}
	snprintf(sub, sizeof(sub), "%s/.rundriver", dir);
	snprintf(file, sizeof(file), "%s/results", sub);
	mkdir(sub, 0700);
	unit_put(dir, ".rundriver/results", store);
	test_load(sub);
	test_order(sub);
	unit_put(dir, ".rundriver/results", "");
	r = results_load(sub);
	check_int("empty store", results_failed(r, NULL, 0, "t/a.c"), 0);
	results_free(r);
	unlink(file);
	rmdir(sub);
	rmdir(dir);
	test_stress();
}
