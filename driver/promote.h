#ifndef RUNDRIVER_PROMOTE_H
#define RUNDRIVER_PROMOTE_H

/* "rundriver promote PATH...": move each bugs/ test (NAME.c with its
 * NAME.out and NAME.dir, when present) into the fixedbugs/ folder beside
 * its bugs/ folder, creating it when missing. Nothing is overwritten; a
 * path that is not a test file in a bugs/ folder is refused. Messages go
 * to stderr; return the exit status (0 all moved, 1 some refused). */
int promote_main(int npaths, char **paths);

#endif
