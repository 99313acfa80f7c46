#ifndef RUNDRIVER_MACHINE_H
#define RUNDRIVER_MACHINE_H

#include <stddef.h>

struct job;
struct options;

/* Open the reports OPT asks for (-json FILE or -, -junit FILE, -tap);
 * fatal when a file cannot be created. */
void machine_open(const struct options *opt);
/* Do they own stdout (-tap, -json -), so that the text report keeps off
 * it? */
int machine_stdout(void);
/* The profile whose tests come next; in a MATRIX its name is part of
 * their package names. */
void machine_profile(const char *name, int matrix);
/* The tests the current profile's run selected: PATHS[0..n) here and
 * OTHERS[0..nothers) in the other shards (-json lists them all, so that
 * merge can tell a test no shard ran). */
void machine_expect(char *const *paths, size_t n, char *const *others,
		    size_t nothers);
/* Add test J's verdict, as report.c prints it (WORD: "FLAKY", or NULL for
 * its own). */
void machine_test(const struct job *j, const char *word);
/* Write what is left (package events, the JUnit file, TAP's plan) and
 * close. Return 0, or -1 after a message when a file could not be
 * written. */
int machine_close(void);

#endif
