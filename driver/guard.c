/* The machine guard: /dev/null checked after every command and put back
 * when a test broke it (as root). It judges no test. */
#define _DEFAULT_SOURCE
#include "guard.h"

#include <errno.h>
#include <stdio.h>
#include <string.h>
#include <sys/stat.h>
#include <sys/sysmacros.h>
#include <unistd.h>

static const char devnull[] = "/dev/null";

/* What ST is, in a few words. */
static const char *
kind(const struct stat *st)
{
	if (S_ISREG(st->st_mode))
		return "a regular file";
	if (S_ISDIR(st->st_mode))
		return "a directory";
	if (S_ISLNK(st->st_mode))
		return "a symbolic link";
	if (S_ISCHR(st->st_mode))
		return "another character device";
	return "not a character device";
}

/* Put the null device back (root only). Return 0 or an errno. */
static int
restore(void)
{
	if (unlink(devnull) < 0 && errno != ENOENT)
		return errno;
	if (mknod(devnull, S_IFCHR | 0666, makedev(1, 3)) < 0)
		return errno;
	if (chmod(devnull, 0666) < 0)
		return errno;
	return 0;
}

int
guard_devnull(char *err, size_t errlen)
{
	struct stat st;
	const char *what;
	int e;

	if (lstat(devnull, &st) == 0 && S_ISCHR(st.st_mode) &&
	    major(st.st_rdev) == 1 && minor(st.st_rdev) == 3)
		return 0;
	what = lstat(devnull, &st) < 0 ? "missing" : kind(&st);
	if (geteuid() != 0) {
		snprintf(err, errlen, "%s is %s (not restored: not root)",
			 devnull, what);
		return -1;
	}
	e = restore();
	if (e)
		snprintf(err, errlen, "%s is %s (cannot restore it: %s)",
			 devnull, what, strerror(e));
	else
		snprintf(err, errlen, "%s was %s (restored)", devnull, what);
	return -1;
}
