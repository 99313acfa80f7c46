#ifndef RUNDRIVER_GODIALECT_H
#define RUNDRIVER_GODIALECT_H

/* The Go dialect's row of the dialect table: Go's own test tree, with
 * run.go 1.19's rules and commands. */
struct dialect;

extern const struct dialect go_dialect;

#endif
