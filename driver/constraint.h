#ifndef RUNDRIVER_CONSTRAINT_H
#define RUNDRIVER_CONSTRAINT_H

#include <stddef.h>

/* Evaluate a requires: expression (tags joined by &&, ||, ! and
 * parentheses) against the NULL-terminated list TAGS. Return 1 or 0, or
 * -1 with a message in ERR when EXPR is malformed. */
int constraint_eval(const char *expr, const char *const *tags, char *err,
		    size_t errlen);

#endif
