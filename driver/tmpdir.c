/* Temp folders: the run's folder created under $TMPDIR, and any folder
 * removed with everything in it, unreadable parts included. Nothing
 * outside a temp folder is removed here. */
#define _XOPEN_SOURCE 700
#include "tmpdir.h"
#include "util.h"

#include <errno.h>
#include <ftw.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

char *
tmpdir_create(void)
{
	const char *base = getenv("TMPDIR");
	char *path;

	if (!base || !*base)
		base = "/tmp";
	path = xasprintf("%s/rundriver-XXXXXX", base);
	if (!mkdtemp(path))
		fatal("cannot create a temp folder in %s: %s", base,
		      strerror(errno));
	return path;
}

static int
unlock_one(const char *path, const struct stat *st, int type,
	   struct FTW *ftw)
{
	(void)ftw;
	if (type == FTW_D || type == FTW_DNR)
		chmod(path, (st->st_mode & 07777) | S_IRWXU);
	return 0;
}

static int
remove_one(const char *path, const struct stat *st, int type,
	   struct FTW *ftw)
{
	(void)st;
	(void)ftw;
	if (type == FTW_DP || type == FTW_D || type == FTW_DNR)
		return rmdir(path) < 0 && errno != ENOENT ? -1 : 0;
	return unlink(path) < 0 && errno != ENOENT ? -1 : 0;
}

int
tmpdir_remove(const char *path)
{
	int rc;

	chmod(path, S_IRWXU);
	nftw(path, unlock_one, 16, FTW_PHYS);
	rc = nftw(path, remove_one, 16, FTW_PHYS | FTW_DEPTH);
	if (rc < 0 && errno == ENOENT)
		return 0;
	return rc;
}
