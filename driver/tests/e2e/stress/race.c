// run
// Holds a lock file in the run's temp folder for half a second and fails
// when another test holds it: it fails only when tests run at once.

#define _POSIX_C_SOURCE 200809L
#include <fcntl.h>
#include <stdio.h>
#include <stdlib.h>
#include <time.h>
#include <unistd.h>

int main(void)
{
	const char *tmp = getenv("TMPDIR");
	struct timespec half = { 0, 500000000 };
	char path[4096];
	int fd;

	snprintf(path, sizeof(path), "%s/../stress.lock", tmp ? tmp : ".");
	fd = open(path, O_CREAT | O_EXCL | O_WRONLY, 0600);
	if (fd < 0) {
		puts("the lock is held by another test");
		return 1;
	}
	nanosleep(&half, NULL);
	close(fd);
	unlink(path);
	return 0;
}
