#ifndef RUNDRIVER_CONFIG_H
#define RUNDRIVER_CONFIG_H

#include <stddef.h>

/* Where profiles named without a path live: $RUNDRIVER_CONFIG, else
 * config/ beside the binary, else the installed share folder. Malloc'd. */
char *config_dir(void);
/* The program NAME runs: NAME itself when it has a '/', else its first
 * executable in $PATH; malloc'd, or NULL when there is none. */
char *config_which(const char *name);
/* Is NAME a program this process can run (through PATH when bare)? */
int config_runnable(const char *name);
/* NAMES[0..*n) with each glob ("clang-*") replaced by the profiles of
 * config_dir() it matches whose compiler is installed, in name order
 * (saying which are left out); fatal when a glob matches none. A
 * malloc'd vector of malloc'd strings, *N updated. */
char **config_expand(char **names, size_t *n);

#endif
