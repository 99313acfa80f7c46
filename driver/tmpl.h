#ifndef RUNDRIVER_TMPL_H
#define RUNDRIVER_TMPL_H

struct ynode;
struct ysource;

/* Check the words of one step's template, the list Y of the profile L:
 * each {placeholder} known, a list placeholder ({flags}, {srcs}...)
 * alone in its word, the path after -o in {tmp} or {exe}, no /dev/
 * path. Return 0, or -1 with L's error set (naming LINE:COL). */
int tmpl_check(const struct ysource *l, const struct ynode *y);

#endif
