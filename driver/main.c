/* The command line: the subcommands, the flags, the list of profiles.
 * Everything a run does is run.c's; main only dispatches. */
#define _POSIX_C_SOURCE 200809L
#include "bisect.h"
#include "compare.h"
#include "flags.h"
#include "merge.h"
#include "newcase.h"
#include "promote.h"
#include "run.h"
#include "util.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

/* Split the -profile value on commas into a malloc'd vector. */
static char **
profile_names(const char *arg, size_t *n)
{
	char **v = NULL, *copy = xstrdup(arg ? arg : "cc"), *save = NULL, *w;

	*n = 0;
	for (w = strtok_r(copy, ",", &save); w; w = strtok_r(NULL, ",", &save))
		strv_push(&v, n, xstrdup(w));
	free(copy);
	if (*n == 0)
		fatal("-profile: no profile named in \"%s\"", arg);
	return v;
}

/* The sub-commands: "rundriver NAME ARGS...". */
static const struct sub {
	const char *name;
	int (*main)(int argc, char **argv);
} subs[] = {
	{ "promote", promote_main },
	{ "bisect", bisect_main },
	{ "new", newcase_main },
	{ "compare", compare_main },
	{ "merge", merge_main },
};

int
main(int argc, char **argv)
{
	struct options opt;
	char err[512], **names;
	size_t n, i;
	int rc;

	memset(&opt, 0, sizeof(opt));
	for (i = 0; argc > 1 && i < sizeof(subs) / sizeof(subs[0]); i++)
		if (strcmp(argv[1], subs[i].name) == 0)
			return subs[i].main(argc - 2, argv + 2);
	if (flags_bisect(argc, argv)) {
		exit_usage = 255;	/* git bisect run stops */
		exit_unusable = 125;	/* and skips the commit */
	}
	if (flags_parse(&opt, argc, argv, err, sizeof(err)) < 0) {
		fprintf(stderr, "rundriver: %s\n", err);
		flags_usage(stderr);
		return exit_usage;
	}
	if (opt.help) {
		flags_usage(stdout);
		return 0;
	}
	names = profile_names(opt.profile, &n);
	rc = run_profiles(&opt, names, n);
	free_strv(names);
	if (opt.bisect == BISECT_FIX && rc <= 1)
		rc = !rc;	/* the tests pass: the "new" side, fixed */
	return rc;
}
