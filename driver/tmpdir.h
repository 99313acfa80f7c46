#ifndef RUNDRIVER_TMPDIR_H
#define RUNDRIVER_TMPDIR_H

/* Create the run's temp folder, $TMPDIR/rundriver-XXXXXX (malloc'd
 * path); fatal on failure. */
char *tmpdir_create(void);
/* Remove PATH and everything below it, making unreadable folders
 * readable first. Return 0, or -1 with errno set. */
int tmpdir_remove(const char *path);

#endif
