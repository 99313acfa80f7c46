/* The floor of the overhead benchmark: spawn and wait for N commands,
 * one at a time, the cheapest way a C program can; what the driver adds
 * above this is its overhead.
 *   spawnloop N COMMAND [ARG ...]    (each of the N runs COMMAND) */
#include <spawn.h>
#include <stdio.h>
#include <stdlib.h>
#include <sys/wait.h>

extern char **environ;

int
main(int argc, char **argv)
{
	long n, i;
	pid_t pid;
	int st;

	if (argc < 3) {
		fprintf(stderr, "usage: spawnloop N COMMAND [ARG ...]\n");
		return 2;
	}
	n = atol(argv[1]);
	for (i = 0; i < n; i++) {
		if (posix_spawn(&pid, argv[2], NULL, NULL, argv + 2, environ)) {
			perror(argv[2]);
			return 1;
		}
		if (waitpid(pid, &st, 0) < 0 || st != 0)
			return 1;
	}
	return 0;
}
