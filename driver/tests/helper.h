#ifndef RUNDRIVER_HELPER_H
#define RUNDRIVER_HELPER_H

/* What the two halves of the misbehaving helper share (helper.c, the
 * modes and main; helper-cc.c, the fake compiler). */

/* The name messages go under: "helper" or "fakecc". */
extern const char *progname;

/* Print "PROGNAME: MSG" and exit 100. */
_Noreturn void die(const char *msg);
/* S as a non-negative number, or die. */
long number(const char *s);
/* Sleep until killed. */
_Noreturn void forever(void);
/* Write TEXT to the file PATH, or die. */
void put(const char *path, const char *text);
/* The fake compiler, when called as "fakecc". */
int fakecc(int argc, char **argv);

#endif
