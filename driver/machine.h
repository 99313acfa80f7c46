#ifndef RUNDRIVER_MACHINE_H
#define RUNDRIVER_MACHINE_H

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
/* Add test J's verdict, as report.c prints it (WORD: "FLAKY", or NULL for
 * its own). */
void machine_test(const struct job *j, const char *word);
/* Write what is left (package events, the JUnit file, TAP's plan) and
 * close. Return 0, or -1 after a message when a file could not be
 * written. */
int machine_close(void);

#endif
