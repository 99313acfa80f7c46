#ifndef RUNDRIVER_GUARD_H
#define RUNDRIVER_GUARD_H

#include <stddef.h>

/* Check that /dev/null is still the null character device: a compiler or
 * test run as root can delete or replace it (tcc unlinks its -o path
 * before writing it), which breaks every later process on the machine.
 * Return 0 when it is intact; else -1 with ERR saying what it has become
 * and, when this process may, restore the device first (ERR says whether
 * that worked). */
int guard_devnull(char *err, size_t errlen);

#endif
