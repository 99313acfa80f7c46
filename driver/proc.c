/* Processes: the one file that includes <spawn.h>. It starts commands
 * in their own process group with a captured pipe, kills groups and
 * orphans, and names wait statuses; when to do any of it is sched.c's. */
#define _GNU_SOURCE
#include "proc.h"
#include "strbuf.h"
#include "util.h"

#include <dirent.h>
#include <errno.h>
#include <fcntl.h>
#include <limits.h>
#include <poll.h>
#include <signal.h>
#include <spawn.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/prctl.h>
#include <sys/wait.h>
#include <unistd.h>

void
proc_init(void)
{
	if (prctl(PR_SET_CHILD_SUBREAPER, 1) < 0)
		warn("cannot become a child subreaper: %s", strerror(errno));
}

/* The signals a child must get back to their default: exec resets the
 * handled ones by itself, but an ignored one stays ignored. So: SIGPIPE,
 * which the driver ignores, and whatever the driver was started with
 * ignored (nohup's SIGHUP), asked once rather than in every child. */
static const sigset_t *
ignored_signals(void)
{
	static sigset_t set;
	static int known;
	struct sigaction sa;
	int sig;

	if (known)
		return &set;
	sigemptyset(&set);
	sigaddset(&set, SIGPIPE);
	for (sig = 1; sig < NSIG; sig++)
		if (sigaction(sig, NULL, &sa) == 0 && sa.sa_handler == SIG_IGN)
			sigaddset(&set, sig);
	known = 1;
	return &set;
}

int
proc_spawn(struct proc *p, char *const argv[], char *const env[],
	   const char *cwd)
{
	posix_spawn_file_actions_t fa;
	posix_spawnattr_t attr;
	sigset_t none;
	int pfd[2], rc;

	if (pipe2(pfd, O_CLOEXEC) < 0)
		return errno;
	sigemptyset(&none);
	posix_spawn_file_actions_init(&fa);
	posix_spawn_file_actions_addopen(&fa, 0, "/dev/null", O_RDONLY, 0);
	posix_spawn_file_actions_adddup2(&fa, pfd[1], 1);
	posix_spawn_file_actions_adddup2(&fa, pfd[1], 2);
	if (cwd)
		posix_spawn_file_actions_addchdir_np(&fa, cwd);
	posix_spawnattr_init(&attr);
	posix_spawnattr_setflags(&attr, POSIX_SPAWN_SETPGROUP |
				 POSIX_SPAWN_SETSIGMASK |
				 POSIX_SPAWN_SETSIGDEF);
	posix_spawnattr_setpgroup(&attr, 0);
	posix_spawnattr_setsigmask(&attr, &none);
	posix_spawnattr_setsigdefault(&attr, ignored_signals());
	rc = posix_spawnp(&p->pid, argv[0], &fa, &attr, argv, env);
	posix_spawn_file_actions_destroy(&fa);
	posix_spawnattr_destroy(&attr);
	close(pfd[1]);
	if (rc != 0) {
		close(pfd[0]);
		p->fd = -1;
		return rc;
	}
	fcntl(pfd[0], F_SETFL, fcntl(pfd[0], F_GETFL) | O_NONBLOCK);
	p->fd = pfd[0];
	return 0;
}

/* Run ARGV in CWD to completion, its output into *OUT (malloc'd). At the
 * deadline END (0: none) its group gets SIGKILL and the result is -2;
 * once *STOP is set, SIGTERM, then SIGKILL a second later. Return its
 * wait status, or -1 when it cannot start. */
static int
follow(char *const argv[], const char *cwd, char **out, double end,
       volatile sig_atomic_t *stop)
{
	extern char **environ;
	struct proc p;
	struct strbuf sb;
	struct pollfd pfd;
	char buf[4096];
	double kill_at = 0;
	ssize_t r;
	int st, late = 0;

	*out = NULL;
	if (proc_spawn(&p, argv, environ, cwd) != 0)
		return -1;
	strbuf_init(&sb, 0);
	pfd.fd = p.fd;
	pfd.events = POLLIN;
	for (;;) {
		if (end && now_mono() >= end) {
			late = 1;
			proc_kill(&p, SIGKILL);
			break;
		}
		if (*stop && kill_at == 0) {
			proc_kill(&p, SIGTERM);
			kill_at = now_mono() + 1;
		} else if (kill_at && now_mono() >= kill_at) {
			proc_kill(&p, SIGKILL);
		}
		if (poll(&pfd, 1, 200) < 0 && errno != EINTR)
			break;
		r = read(p.fd, buf, sizeof(buf));
		if (r > 0)
			strbuf_add(&sb, buf, (size_t)r);
		else if (r == 0 || (errno != EINTR && errno != EAGAIN))
			break;
	}
	close(p.fd);
	while (waitpid(p.pid, &st, 0) < 0)
		if (errno != EINTR)
			return -1;
	*out = strbuf_detach(&sb);
	strbuf_release(&sb);
	return late ? -2 : st;
}

int
proc_capture(char *const argv[], char **out, double timeout)
{
	static volatile sig_atomic_t never;

	return follow(argv, NULL, out, now_mono() + timeout, &never);
}

int
proc_follow(char *const argv[], const char *cwd, char **out,
	    volatile sig_atomic_t *stop)
{
	return follow(argv, cwd, out, 0, stop);
}

static volatile sig_atomic_t *caught;

static void
on_catch(int sig)
{
	*caught = sig;
}

void
proc_catch(volatile sig_atomic_t *flag)
{
	static const int sigs[] = { SIGINT, SIGTERM, SIGHUP };
	struct sigaction sa;
	size_t i;

	caught = flag;
	memset(&sa, 0, sizeof(sa));
	sa.sa_handler = on_catch;
	sigemptyset(&sa.sa_mask);
	for (i = 0; i < sizeof(sigs) / sizeof(sigs[0]); i++)
		sigaction(sigs[i], &sa, NULL);
}

int
proc_follow_self(char **args, char **out, volatile sig_atomic_t *stop)
{
	char self[PATH_MAX], *keep = args[0];
	ssize_t n = readlink("/proc/self/exe", self, sizeof(self) - 1);
	int st;

	if (n <= 0)
		fatal("cannot find this program: %s", strerror(errno));
	self[n] = '\0';
	args[0] = self;
	st = proc_follow(args, NULL, out, stop);
	args[0] = keep;
	return st;
}

void
proc_kill(const struct proc *p, int sig)
{
	if (p->pid > 0)
		kill(-p->pid, sig);
}

/* The parent pid of PID from /proc/PID/stat, or -1. */
static pid_t
parent_of(const char *pid)
{
	char path[300], buf[512], *rp;
	int fd;
	ssize_t n;
	long ppid;

	snprintf(path, sizeof(path), "/proc/%s/stat", pid);
	fd = open(path, O_RDONLY | O_CLOEXEC);
	if (fd < 0)
		return -1;
	n = read(fd, buf, sizeof(buf) - 1);
	close(fd);
	if (n <= 0)
		return -1;
	buf[n] = '\0';
	rp = strrchr(buf, ')');	/* the command name may hold anything */
	if (!rp || sscanf(rp + 1, " %*c %ld", &ppid) != 1)
		return -1;
	return (pid_t)ppid;
}

/* The pids of this process's children, found by scanning all of /proc:
 * the way when the kernel has no children lists. */
static size_t
scan_children(pid_t *out, size_t max)
{
	DIR *d = opendir("/proc");
	struct dirent *de;
	pid_t self = getpid();
	size_t n = 0;

	if (!d)
		return 0;
	while (n < max && (de = readdir(d))) {
		if (de->d_name[0] < '1' || de->d_name[0] > '9')
			continue;
		if (parent_of(de->d_name) == self)
			out[n++] = (pid_t)atol(de->d_name);
	}
	closedir(d);
	return n;
}

/* The pids of this process's children: one read of the kernel's list of
 * them (the driver has one thread, and orphans are re-parented to it), or
 * the whole scan where the kernel keeps no such list. */
static size_t
list_children(pid_t *out, size_t max)
{
	char path[64], buf[8192], *p, *end;
	size_t n = 0, len = 0;
	ssize_t r;
	long v;
	int fd;

	snprintf(path, sizeof(path), "/proc/self/task/%ld/children",
		 (long)getpid());
	fd = open(path, O_RDONLY | O_CLOEXEC);
	if (fd < 0)
		return scan_children(out, max);
	while (len < sizeof(buf) - 1 &&
	       (r = read(fd, buf + len, sizeof(buf) - 1 - len)) > 0)
		len += (size_t)r;
	close(fd);
	if (len == sizeof(buf) - 1)
		return scan_children(out, max);	/* more than fits: all */
	buf[len] = '\0';
	for (p = buf; n < max; p = end) {
		v = strtol(p, &end, 10);
		if (end == p)
			break;
		out[n++] = (pid_t)v;
	}
	return n;
}

int
proc_kill_orphans(const pid_t *keep, size_t n)
{
	pid_t kids[4096], pg, self = getpgrp();
	size_t nk = list_children(kids, 4096), i, j;
	int killed = 0;

	for (i = 0; i < nk; i++) {
		pg = getpgid(kids[i]);
		if (pg < 0)
			continue;	/* already gone */
		for (j = 0; j < n && keep[j] != pg; j++)
			;
		if (j < n)
			continue;
		if (pg != self)
			kill(-pg, SIGKILL);
		kill(kids[i], SIGKILL);
		killed++;
	}
	return killed;
}

static const struct {
	int sig;
	const char *name;
} signames[] = {
	{ SIGHUP, "hangup" },
	{ SIGINT, "interrupt" },
	{ SIGQUIT, "quit" },
	{ SIGILL, "illegal instruction" },
	{ SIGTRAP, "trace/breakpoint trap" },
	{ SIGABRT, "aborted" },
	{ SIGBUS, "bus error" },
	{ SIGFPE, "floating point exception" },
	{ SIGKILL, "killed" },
	{ SIGUSR1, "user defined signal 1" },
	{ SIGSEGV, "segmentation fault" },
	{ SIGUSR2, "user defined signal 2" },
	{ SIGPIPE, "broken pipe" },
	{ SIGALRM, "alarm clock" },
	{ SIGTERM, "terminated" },
	{ SIGXCPU, "CPU time limit exceeded" },
	{ SIGXFSZ, "file size limit exceeded" },
	{ SIGSYS, "bad system call" },
};

const char *
proc_signame(int sig)
{
	size_t i;

	for (i = 0; i < sizeof(signames) / sizeof(signames[0]); i++)
		if (signames[i].sig == sig)
			return signames[i].name;
	return NULL;
}

void
proc_describe(int status, char *buf, size_t len)
{
	const char *name;

	if (WIFEXITED(status)) {
		snprintf(buf, len, "exit status %d", WEXITSTATUS(status));
	} else if (WIFSIGNALED(status)) {
		name = proc_signame(WTERMSIG(status));
		if (name)
			snprintf(buf, len, "signal: %s%s", name,
				 WCOREDUMP(status) ? " (core dumped)" : "");
		else
			snprintf(buf, len, "signal: %d", WTERMSIG(status));
	} else {
		snprintf(buf, len, "wait status %#x", status);
	}
}
