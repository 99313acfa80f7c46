/*
 * helper: a program that misbehaves on purpose, for the end-to-end tests.
 *
 * Called as "fakecc" (through a symlink) it is a fake C compiler driven by
 * "// CC: CMD" lines in its sources: hang, crash, spew N, error, warn,
 * litter, and "require FLAG" (fail unless FLAG is among its arguments);
 * that half is helper-cc.c.
 *
 * Called under any other name, argv[1] picks a misbehaviour from the table
 * of modes at the bottom of this file: print, exit, sleep, loop, flood,
 * grandchild, setsid, ignoreterm, signal, forkmany, stdin, closeout,
 * writefiles, escape, nul; and "measure", the end-to-end script's own tool,
 * which runs a command and writes its peak RSS.
 *
 * Every process it becomes (fakecc, a mode, the children it forks) writes
 * its process group into procs/PID beside its own binary, when that folder
 * exists: the script checks that none of those groups outlives a run.
 */
#define _POSIX_C_SOURCE 200809L
#define _DEFAULT_SOURCE

#include "helper.h"

#include <errno.h>
#include <fcntl.h>
#include <limits.h>
#include <signal.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/resource.h>
#include <sys/stat.h>
#include <sys/time.h>
#include <sys/wait.h>
#include <unistd.h>

#define LONGSLEEP 1000

const char *progname = "helper";

_Noreturn void
die(const char *msg)
{
	fprintf(stderr, "%s: %s\n", progname, msg);
	exit(100);
}

long
number(const char *s)
{
	char *end;
	long n;

	errno = 0;
	n = strtol(s, &end, 10);
	if (errno || end == s || *end || n < 0)
		die("bad number");
	return n;
}

/* Print argv words joined by spaces, then a newline; unbuffered. */
static void
say(int argc, char **argv)
{
	int i;

	for (i = 0; i < argc; i++)
		printf("%s%s", i ? " " : "", argv[i]);
	if (argc > 0)
		printf("\n");
	fflush(stdout);
}

_Noreturn void
forever(void)
{
	for (;;)
		pause();
}

/* The folder of this binary, or "" when unknown. */
static const char *
selfdir(void)
{
	static char dir[PATH_MAX];
	ssize_t n;
	char *slash;

	if (dir[0])
		return dir;
	n = readlink("/proc/self/exe", dir, sizeof dir - 1);
	if (n < 0)
		n = 0;
	dir[n] = '\0';
	slash = strrchr(dir, '/');
	if (slash)
		*slash = '\0';
	return dir;
}

/* Write this process's group to procs/PID beside the binary, if that
 * folder exists. */
static void
record(void)
{
	char path[PATH_MAX + 64];
	int fd;

	snprintf(path, sizeof path, "%s/procs/%ld", selfdir(), (long)getpid());
	fd = open(path, O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, 0644);
	if (fd < 0)
		return;
	dprintf(fd, "%ld\n", (long)getpgrp());
	close(fd);
}

/* Fork a child that sleeps long with stdout/stderr still open. */
static void
spawn_sleeper(int newsession)
{
	pid_t pid;

	pid = fork();
	if (pid < 0)
		die("fork failed");
	if (pid == 0) {
		if (newsession && setsid() < 0)
			die("setsid failed");
		record();
		sleep(LONGSLEEP);
		_exit(0);
	}
}

/* Create PATH holding TEXT; die on failure. */
void
put(const char *path, const char *text)
{
	FILE *f = fopen(path, "w");

	if (!f || fputs(text, f) == EOF || fclose(f) != 0)
		die("cannot write a file");
}

/* ---- misbehaving child modes ---- */

static int
do_print(int argc, char **argv)
{
	say(argc, argv);
	return 0;
}

static int
do_exit(int argc, char **argv)
{
	int status = (int)number(argv[0]);

	say(argc - 1, argv + 1);
	return status;
}

static int
do_sleep(int argc, char **argv)
{
	(void)argc;
	sleep((unsigned)number(argv[0]));
	return 0;
}

static int
do_loop(int argc, char **argv)
{
	volatile unsigned long n = 0;

	(void)argc;
	(void)argv;
	for (;;)
		n++;
	return 0;
}

static int
do_flood(int argc, char **argv)
{
	char line[80];
	long left = number(argv[0]);
	size_t n;

	(void)argc;
	signal(SIGPIPE, SIG_IGN);
	memset(line, 'x', sizeof line - 1);
	line[sizeof line - 1] = '\n';
	for (; left > 0; left -= (long)n) {
		n = left < (long)sizeof line ? (size_t)left : sizeof line;
		if (fwrite(line, 1, n, stdout) != n)
			return 1;	/* EPIPE: the reader is gone */
	}
	return fflush(stdout) ? 1 : 0;
}

static int
do_grandchild(int argc, char **argv)
{
	(void)argc;
	(void)argv;
	spawn_sleeper(0);
	printf("parent done\n");
	return 0;
}

static int
do_setsid(int argc, char **argv)
{
	(void)argc;
	(void)argv;
	spawn_sleeper(1);
	printf("parent done\n");
	return 0;
}

static int
do_ignoreterm(int argc, char **argv)
{
	(void)argc;
	(void)argv;
	signal(SIGTERM, SIG_IGN);
	signal(SIGINT, SIG_IGN);
	forever();
	return 0;
}

static const struct {
	const char *name;
	int sig;
} signals[] = {
	{"SEGV", SIGSEGV}, {"ABRT", SIGABRT}, {"KILL", SIGKILL},
	{"FPE", SIGFPE}, {"BUS", SIGBUS}, {"TERM", SIGTERM},
	{"INT", SIGINT}, {"HUP", SIGHUP}, {"PIPE", SIGPIPE},
	{"ILL", SIGILL}, {"QUIT", SIGQUIT},
};

static int
do_signal(int argc, char **argv)
{
	size_t i;

	(void)argc;
	for (i = 0; i < sizeof signals / sizeof signals[0]; i++) {
		if (strcmp(argv[0], signals[i].name) != 0)
			continue;
		signal(signals[i].sig, SIG_DFL);
		raise(signals[i].sig);
		die("still alive after raise");
	}
	die("unknown signal name");
	return 0;
}

static int
do_forkmany(int argc, char **argv)
{
	long i, n = number(argv[0]);

	(void)argc;
	for (i = 0; i < n; i++)
		spawn_sleeper(0);
	return 0;
}

/* Read stdin to its end and say how much there was. */
static int
do_stdin(int argc, char **argv)
{
	char buf[4096];
	ssize_t r;
	long total = 0;

	(void)argc;
	(void)argv;
	while ((r = read(0, buf, sizeof buf)) > 0 || (r < 0 && errno == EINTR))
		if (r > 0)
			total += r;
	printf("stdin: %ld bytes\n", total);
	return 0;
}

/* closeout SECS STATUS [WORDS]: print WORDS, close stdout and stderr,
 * sleep SECS, exit with STATUS. */
static int
do_closeout(int argc, char **argv)
{
	unsigned secs = (unsigned)number(argv[0]);
	int status = (int)number(argv[1]);

	say(argc - 2, argv + 2);
	close(1);
	close(2);
	sleep(secs);
	return status;
}

/* writefiles SRCDIR: write files, folders, a locked folder and a link to
 * SRCDIR into the working folder, and a file into "..". */
static int
do_writefiles(int argc, char **argv)
{
	char up[64];

	(void)argc;
	put("out.txt", "output\n");
	if (mkdir("sub", 0755) != 0 || mkdir("sub/deeper", 0755) != 0)
		die("mkdir failed");
	put("sub/deeper/file.txt", "deep\n");
	put("readonly.txt", "ro\n");
	if (chmod("readonly.txt", 0400) != 0 || mkdir("locked", 0755) != 0)
		die("chmod or mkdir failed");
	put("locked/inside.txt", "locked\n");
	if (chmod("locked", 0) != 0 || chmod("sub", 0500) != 0)
		die("chmod failed");
	if (symlink(argv[0], "srclink") != 0)
		die("symlink failed");
	snprintf(up, sizeof up, "../escape-%ld.txt", (long)getpid());
	put(up, "beside the test folder\n");
	printf("wrote files\n");
	return 0;
}

/* A child leaves the group with setsid(), forks a grandchild that runs
 * sleep(1) from PATH (no helper path in its command line: pgrep on the
 * work folder cannot see it) and exits; the parent waits for that child,
 * so the grandchild is orphaned while the test still runs. */
static int
do_escape(int argc, char **argv)
{
	pid_t pid;
	int st;

	(void)argc;
	(void)argv;
	pid = fork();
	if (pid < 0)
		die("fork failed");
	if (pid == 0) {
		if (setsid() < 0)
			die("setsid failed");
		pid = fork();
		if (pid < 0)
			die("fork failed");
		if (pid == 0) {
			record();
			execlp("sleep", "sleep", "1000", (char *)NULL);
			die("cannot run sleep");
		}
		_exit(0);
	}
	while (waitpid(pid, &st, 0) < 0 && errno == EINTR)
		;
	printf("parent done\n");
	return 0;
}

/* nul [STATUS]: output with a NUL byte in it, then exit with STATUS. */
static int
do_nul(int argc, char **argv)
{
	static const char out[] = "abc\n\0tail\n";

	fwrite(out, 1, sizeof out - 1, stdout);
	return argc > 0 ? (int)number(argv[0]) : 0;
}

static pid_t measured;

static void
forward(int sig)
{
	if (measured > 0)
		kill(measured, sig);
}

/* measure OUTFILE -- CMD ARGS...: run CMD, pass it SIGINT, SIGTERM, SIGHUP
 * and SIGQUIT, write its peak RSS in KiB (wait4's ru_maxrss: CMD's or
 * its reaped children's, whichever is larger) and how it ended ("exit N"
 * or "signal N") to OUTFILE, then exit as CMD did (dying by its signal). */
static int
do_measure(int argc, char **argv)
{
	static const int sigs[] = { SIGINT, SIGTERM, SIGHUP, SIGQUIT };
	struct sigaction sa;
	struct rusage ru;
	sigset_t block, old;
	size_t i;
	int st;
	FILE *f;

	if (argc < 3 || strcmp(argv[1], "--") != 0)
		die("usage: helper measure OUTFILE -- CMD ARGS...");
	sigemptyset(&block);
	for (i = 0; i < sizeof sigs / sizeof sigs[0]; i++)
		sigaddset(&block, sigs[i]);
	sigprocmask(SIG_BLOCK, &block, &old);
	measured = fork();
	if (measured < 0)
		die("fork failed");
	if (measured == 0) {
		for (i = 0; i < sizeof sigs / sizeof sigs[0]; i++)
			signal(sigs[i], SIG_DFL);
		sigprocmask(SIG_SETMASK, &old, NULL);
		execvp(argv[2], argv + 2);
		fprintf(stderr, "helper: cannot run %s: %s\n", argv[2],
		    strerror(errno));
		_exit(127);
	}
	memset(&sa, 0, sizeof sa);
	sa.sa_handler = forward;
	sigemptyset(&sa.sa_mask);
	for (i = 0; i < sizeof sigs / sizeof sigs[0]; i++)
		sigaction(sigs[i], &sa, NULL);
	sigprocmask(SIG_SETMASK, &old, NULL);
	while (wait4(measured, &st, 0, &ru) < 0)
		if (errno != EINTR)
			die("wait4 failed");
	f = fopen(argv[0], "w");
	if (!f || fprintf(f, "%ld\n%s %d\n", ru.ru_maxrss,
	    WIFSIGNALED(st) ? "signal" : "exit",
	    WIFSIGNALED(st) ? WTERMSIG(st) : WEXITSTATUS(st)) < 0 ||
	    fclose(f) != 0)
		die("cannot write the RSS file");
	if (WIFSIGNALED(st)) {
		signal(WTERMSIG(st), SIG_DFL);
		sigprocmask(SIG_UNBLOCK, &block, NULL);
		raise(WTERMSIG(st));
		return 128 + WTERMSIG(st);
	}
	return WEXITSTATUS(st);
}

static const struct {
	const char *name;
	int minargs;
	int (*fn)(int, char **);
} modes[] = {
	{"print", 0, do_print},
	{"exit", 1, do_exit},
	{"sleep", 1, do_sleep},
	{"loop", 0, do_loop},
	{"flood", 1, do_flood},
	{"grandchild", 0, do_grandchild},
	{"setsid", 0, do_setsid},
	{"ignoreterm", 0, do_ignoreterm},
	{"signal", 1, do_signal},
	{"forkmany", 1, do_forkmany},
	{"stdin", 0, do_stdin},
	{"closeout", 2, do_closeout},
	{"writefiles", 1, do_writefiles},
	{"escape", 0, do_escape},
	{"nul", 0, do_nul},
	{"measure", 3, do_measure},
};

int
main(int argc, char **argv)
{
	struct rlimit nocore = {0, 0};
	const char *base;
	size_t i;

	/* Deaths by signal must not drop core files into the tree. */
	setrlimit(RLIMIT_CORE, &nocore);
	base = strrchr(argv[0], '/');
	base = base ? base + 1 : argv[0];
	if (strcmp(base, "fakecc") == 0) {
		progname = "fakecc";
		record();
		return fakecc(argc, argv);
	}
	if (argc < 2)
		die("usage: helper MODE [ARGS...]");
	if (strcmp(argv[1], "measure") != 0)
		record();
	for (i = 0; i < sizeof modes / sizeof modes[0]; i++)
		if (strcmp(argv[1], modes[i].name) == 0) {
			if (argc - 2 < modes[i].minargs)
				die("missing argument");
			return modes[i].fn(argc - 2, argv + 2);
		}
	die("unknown mode");
	return 100;
}
