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
 * program argument, made absolute. Job memory. */
void cpath_resolve(struct job *j);
/* The N flags W of the suite file whose folder is ROOT (with a final
 * '/') as job J's compiler gets them: {srcdir} and {src} expanded, the
 * relative inputs of input flags (-I inc) taken from ROOT. Job memory. */
char **cpath_suite_flags(struct job *j, char **w, size_t n,
			 const char *root);

#endif
