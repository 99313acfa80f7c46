#ifndef RUNDRIVER_RUN_H
#define RUNDRIVER_RUN_H

#include <stddef.h>

struct options;

/* Run the tests of OPT under each of the N profiles NAMES (names in
 * config/ or .yaml paths): with one, a plain run; with several, a run
 * per profile and then the verdict matrix; with -list, list the tests of
 * the first. Set-up errors are fatal (exit 2). Return the exit status:
 * 0 all passed, 1 some failed. */
int run_profiles(const struct options *opt, char **names, size_t n);

#endif
