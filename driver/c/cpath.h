#ifndef RUNDRIVER_CPATH_H
#define RUNDRIVER_CPATH_H

#include <stddef.h>

struct job;

/* The compiler flags whose value is the next word of a directive when a
 * profile names none: gcc's, which clang, tcc and pcc share. */
extern const char *const cpath_value_flags[];

/* Make the directive of job J mean what it says run from the test's
 * folder: {srcdir} (that folder) and {src} (the test) expanded in its
 * flags and arguments; a relative path that names something beside the
 * test, as the value of an input flag (-I, -include, -L ...) or as a
 * program argument, made absolute. Return its suite's flags (NULL: no
 * suite) the same way, their inputs from the suite's folder. Job
 * memory. */
char **cpath_resolve(struct job *j);

#endif
