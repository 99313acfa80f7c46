#ifndef RUNDRIVER_DIALECTS_H
#define RUNDRIVER_DIALECTS_H

/* The dialect table (dialects.c). */

struct dialect;

/* The dialect called NAME, or NULL. */
const struct dialect *dialect_find(const char *name);
/* The names of every dialect, for messages: "\"c\" or \"go\"" (static). */
const char *dialect_names(void);

#endif
