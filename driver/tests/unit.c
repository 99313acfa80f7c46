/* The unit-test runner: every group of test_*.c, or those named on the
 * command line, then "unit: N passed, N failed". */
#include "unit.h"

#include <stdarg.h>
#include <stdio.h>
#include <string.h>

static int passed, failed;

void
check(int ok, const char *name, const char *fmt, ...)
{
	va_list ap;

	if (ok) {
		passed++;
		return;
	}
	failed++;
	printf("FAIL %s: ", name);
	va_start(ap, fmt);
	vprintf(fmt, ap);
	va_end(ap);
	printf("\n");
}

void
check_str(const char *name, const char *got, const char *want)
{
	int same = (!got && !want) || (got && want && strcmp(got, want) == 0);

	check(same, name, "got %s%s%s, want %s%s%s", got ? "\"" : "",
	      got ? got : "NULL", got ? "\"" : "", want ? "\"" : "",
	      want ? want : "NULL", want ? "\"" : "");
}

void
check_int(const char *name, long got, long want)
{
	check(got == want, name, "got %ld, want %ld", got, want);
}

void
unit_put(const char *dir, const char *name, const char *text)
{
	char path[512];
	FILE *f;

	snprintf(path, sizeof(path), "%s/%s", dir, name);
	f = fopen(path, "w");
	if (f) {
		fputs(text, f);
		fclose(f);
	}
}

/* The test groups by name: "build/unit NAME..." runs those only. */
static const struct {
	const char *name;
	void (*run)(void);
} groups[] = {
	{ "recipe", test_recipe },
	{ "constraint", test_constraint },
	{ "errcheck", test_errcheck },
	{ "cerrupdate", test_cerrupdate },
	{ "diff", test_diff },
	{ "profile", test_profile },
	{ "flags", test_flags },
	{ "discover", test_discover },
	{ "golden", test_golden },
	{ "arena", test_arena },
	{ "goconstraint", test_goconstraint },
	{ "gorecipe", test_gorecipe },
	{ "goerrcheck", test_goerrcheck },
	{ "goasmcheck", test_goasmcheck },
	{ "casmcheck", test_casmcheck },
	{ "release", test_release },
	{ "suite", test_suite },
	{ "results", test_results },
	{ "sha256", test_sha256 },
	{ "json", test_json },
};

enum { NGROUPS = sizeof(groups) / sizeof(groups[0]) };

static int
chosen(const char *name, int argc, char **argv)
{
	int i;

	for (i = 1; i < argc; i++)
		if (strcmp(argv[i], name) == 0)
			return 1;
	return argc == 1;
}

int
main(int argc, char **argv)
{
	size_t i;
	int ran = 0;

	for (i = 0; i < NGROUPS; i++)
		if (chosen(groups[i].name, argc, argv)) {
			groups[i].run();
			ran++;
		}
	if (!ran) {
		fprintf(stderr, "unit: no group called so; the groups are:");
		for (i = 0; i < NGROUPS; i++)
			fprintf(stderr, " %s", groups[i].name);
		fprintf(stderr, "\n");
		return 2;
	}
	printf("unit: %d passed, %d failed\n", passed, failed);
	return failed != 0;
}
