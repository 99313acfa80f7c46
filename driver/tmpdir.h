#ifndef RUNDRIVER_TMPDIR_H
#define RUNDRIVER_TMPDIR_H

/* Create the run's temp folder, BASE/rundriver-XXXXXX (malloc'd path),
 * BASE $TMPDIR when set, else a tmpfs ($XDG_RUNTIME_DIR, /dev/shm) that
 * may hold programs, else /tmp; fatal on failure. */
char *tmpdir_create(void);
/* Remove PATH and everything below it, making unreadable folders
 * readable first. Return 0, or -1 with errno set. */
int tmpdir_remove(const char *path);

#endif
