#ifndef RUNDRIVER_CDIALECT_H
#define RUNDRIVER_CDIALECT_H

/* The C dialect's row of the dialect table: tests in C, compiled by the
 * profile's step templates. */
struct dialect;

extern const struct dialect c_dialect;

#endif
