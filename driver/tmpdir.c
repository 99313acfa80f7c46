/* Temp folders: the run's folder created under $TMPDIR, else on a
 * tmpfs, and any folder removed with everything in it, unreadable parts
 * included. Nothing outside a temp folder is removed here. */
#define _GNU_SOURCE
#include "tmpdir.h"
#include "util.h"

#include <errno.h>
#include <ftw.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <sys/statvfs.h>
#include <sys/vfs.h>
#include <unistd.h>

enum { TMPFS_MAGIC_NUMBER = 0x01021994 };	/* statfs(2)'s TMPFS_MAGIC */

/* Is DIR a folder on a tmpfs that this user may write and whose files
 * may be run (not mounted noexec: tests run the programs they build)? */
static int
writable_tmpfs(const char *dir)
{
	struct statfs fs;
	struct statvfs vfs;

	return dir && *dir == '/' && statfs(dir, &fs) == 0 &&
	       fs.f_type == TMPFS_MAGIC_NUMBER && statvfs(dir, &vfs) == 0 &&
	       !(vfs.f_flag & ST_NOEXEC) && access(dir, W_OK | X_OK) == 0;
}

/* Where the run's folder goes: $TMPDIR when set (the user's choice);
 * else memory, where a test's many small files and its binaries cost no
 * disk writes ($XDG_RUNTIME_DIR, then /dev/shm, when they are a tmpfs);
 * else /tmp. */
static const char *
tmp_base(void)
{
	const char *v = getenv("TMPDIR");

	if (v && *v)
		return v;
	v = getenv("XDG_RUNTIME_DIR");
	if (writable_tmpfs(v))
		return v;
	if (writable_tmpfs("/dev/shm"))
		return "/dev/shm";
	return "/tmp";
}

char *
tmpdir_create(void)
{
	const char *base = tmp_base();
	char *path;

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

	if (rmdir(path) == 0 || errno == ENOENT)
		return 0;	/* empty: no walk */
	chmod(path, S_IRWXU);
	nftw(path, unlock_one, 16, FTW_PHYS);
	rc = nftw(path, remove_one, 16, FTW_PHYS | FTW_DEPTH);
	if (rc < 0 && errno == ENOENT)
		return 0;
	return rc;
}
