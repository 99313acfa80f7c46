#ifndef RUNDRIVER_PROC_H
#define RUNDRIVER_PROC_H

#include <signal.h>
#include <stddef.h>
#include <sys/types.h>

/* A running command: its pid (also its process group) and the read end of
 * the one pipe that carries its stdout and stderr. */
struct proc {
	pid_t pid;
	int fd;			/* -1 once closed */
};

/* Make this process a child subreaper, so that every orphan a test leaves
 * is re-parented here and can be killed. */
void proc_init(void);
/* Start ARGV (looked up in PATH when it has no '/') in a new process group,
 * in folder CWD, with environment ENV, stdin /dev/null and stdout+stderr
 * into one non-blocking pipe. Return 0, or an errno value. */
int proc_spawn(struct proc *p, char *const argv[], char *const env[],
	       const char *cwd);
/* How long a set-up command (a compiler's version, go env) may take. */
#define SETUP_TIMEOUT 60.0
#define SETUP_TIMEOUT_TEXT "60 s"

/* Run ARGV to completion (set-up only, before tests start), with the
 * driver's environment and stdin /dev/null, for at most TIMEOUT seconds;
 * return its wait status, -1 when it cannot start, -2 when it ran out of
 * time (its process group is then killed). Its stdout+stderr go to *out
 * (malloc'd). */
int proc_capture(char *const argv[], char **out, double timeout);
/* Run ARGV to completion in folder CWD (NULL: here), with the driver's
 * environment and stdin /dev/null, however long it takes: a sub-command's
 * build or test run. Its stdout+stderr go to *out (malloc'd). Once *STOP
 * is set (by a signal handler) its process group gets SIGTERM, and
 * SIGKILL a second later. Return its wait status, or -1 when it cannot
 * start. */
int proc_follow(char *const argv[], const char *cwd, char **out,
		volatile sig_atomic_t *stop);
/* From now on, SIGINT, SIGTERM and SIGHUP only set *FLAG to the signal's
 * number (without SA_RESTART, so that a wait wakes): a sub-command that
 * follows its children stops them, cleans up and re-raises it. */
void proc_catch(volatile sig_atomic_t *flag);
/* proc_follow of this very program with the arguments ARGS (a NULL-
 * terminated vector; ARGS[0] is ignored): a sub-command's test run. */
int proc_follow_self(char **args, char **out, volatile sig_atomic_t *stop);
/* Send SIG to the process group of P. */
void proc_kill(const struct proc *p, int sig);
/* SIGKILL every child of this process whose process group is not one of
 * KEEP[0..n): what tests left behind. Return how many were signalled. */
int proc_kill_orphans(const pid_t *keep, size_t n);
/* Go's name for signal SIG ("segmentation fault", "killed", ...). */
const char *proc_signame(int sig);
/* Describe a wait status as Go does: "exit status 2", "signal: killed". */
void proc_describe(int status, char *buf, size_t len);

#endif
