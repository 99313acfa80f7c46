#ifndef RUNDRIVER_COMPARE_H
#define RUNDRIVER_COMPARE_H

/* "rundriver compare [-threshold X] OLD.json NEW.json": print the tests
 * of two -json runs that newly fail, newly pass, were added or removed,
 * and those whose compile-side CPU time or peak RSS grew X times (default
 * 2) and by more than 0.05 s or 16 MiB. Return 1 when something regressed
 * (a new failure, a costlier or larger compile), else 0; unreadable input
 * is fatal (exit 2). */
int compare_main(int argc, char **argv);

#endif
