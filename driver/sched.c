/* The scheduler: one thread, one poll() loop over the children's pipes
 * and a self-pipe for signals, deadlines on CLOCK_MONOTONIC, results
 * reported in discovery order. It asks the run's dialect for commands and
 * never looks inside a test; proc.c does the spawning. */
#define _GNU_SOURCE
#include "sched.h"
#include "cache.h"
#include "dialect.h"
#include "flags.h"
#include "guard.h"
#include "job.h"
#include "proc.h"
#include "profile.h"
#include "report.h"
#include "strbuf.h"
#include "tmpdir.h"
#include "util.h"
#include "verdict.h"

#include <errno.h>
#include <fcntl.h>
#include <poll.h>
#include <signal.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/resource.h>
#include <sys/wait.h>
#include <unistd.h>

enum {
	GRACE = 1,		/* seconds from SIGTERM to SIGKILL */
	DRAIN = 2,		/* seconds to wait for EOF after exit */
	READ_CHUNK = 65536,
};

/* A running command of one job. */
struct slot {
	struct job *job;	/* NULL when the slot is free */
	struct proc proc;
	struct strbuf out;
	double deadline;	/* SIGTERM then */
	double kill_at;		/* SIGKILL then, once timed out */
	double drain_until;	/* give up on EOF then, once exited */
	int exited;
	int swept;		/* orphans looked for since it exited */
	int status;
	int timed_out;
	int parked;		/* waiting for the gate; cmd holds its command */
	struct stepcmd cmd;
	double spawned;		/* when the command started */
	struct rusage ru;	/* what it cost, once reaped */
};

/* Free places behind the gate that some actions pass (run.go's -l for
 * runoutput). */
static long gate_free;

static int sigpipe_fds[2] = { -1, -1 };

static void
on_signal(int sig)
{
	unsigned char b = (unsigned char)sig;
	int saved = errno;

	if (write(sigpipe_fds[1], &b, 1) < 0) {
		/* the pipe is full: a wake-up is already pending */
	}
	errno = saved;
}

static void
signals_init(void)
{
	static const int sigs[] = { SIGCHLD, SIGINT, SIGTERM, SIGHUP };
	struct sigaction sa;
	size_t i;

	if (sigpipe_fds[0] >= 0)
		return;		/* a matrix runs the scheduler once a profile */
	if (pipe2(sigpipe_fds, O_CLOEXEC | O_NONBLOCK) < 0)
		fatal("pipe: %s", strerror(errno));
	memset(&sa, 0, sizeof(sa));
	sa.sa_handler = on_signal;
	sa.sa_flags = SA_RESTART;
	sigemptyset(&sa.sa_mask);
	for (i = 0; i < sizeof(sigs) / sizeof(sigs[0]); i++)
		sigaction(sigs[i], &sa, NULL);
	signal(SIGPIPE, SIG_IGN);
}

/* The process groups of commands still running, for proc_kill_orphans. */
static size_t
live_groups(const struct slot *s, size_t n, pid_t *out)
{
	size_t i, k = 0;

	for (i = 0; i < n; i++)
		if (s[i].job && !s[i].exited)
			out[k++] = s[i].proc.pid;
	return k;
}

static void
kill_orphans(const struct slot *s, size_t n)
{
	pid_t keep[n + 1];

	proc_kill_orphans(keep, live_groups(s, n, keep));
}

/* Collect exit statuses; a step's direct child exiting ends its group
 * (SIGKILL to the group, which is all a well-behaved command leaves). A
 * pid that is no step's is an orphan re-parented here: only then are the
 * other children looked for, so a run without orphans never scans. */
static void
reap(struct slot *s, size_t n)
{
	struct rusage ru;
	pid_t pid;
	int st, orphan = 0;
	size_t i;

	while ((pid = wait4(-1, &st, WNOHANG, &ru)) > 0) {
		for (i = 0; i < n; i++)
			if (s[i].job && !s[i].exited && s[i].proc.pid == pid)
				break;
		if (i == n) {
			orphan = 1;	/* its siblings may still run */
			continue;
		}
		s[i].exited = 1;
		s[i].swept = 0;
		s[i].status = st;
		s[i].ru = ru;
		s[i].drain_until = now_mono() + DRAIN;
		proc_kill(&s[i].proc, SIGKILL);
	}
	if (orphan)
		kill_orphans(s, n);
}

/* A command that has exited but whose pipe is still open was outlived by
 * a process that left its group (setsid) and holds the pipe: kill the
 * orphans once, so that the pipe closes now rather than after DRAIN. */
static void
sweep(struct slot *s, size_t n, size_t i)
{
	if (!s[i].exited || s[i].swept || s[i].proc.fd < 0)
		return;
	s[i].swept = 1;
	kill_orphans(s, n);
}

static void
slot_read(struct slot *s)
{
	char buf[READ_CHUNK];
	ssize_t r;

	while ((r = read(s->proc.fd, buf, sizeof(buf))) > 0)
		strbuf_add(&s->out, buf, (size_t)r);
	if (r == 0 || (r < 0 && errno != EAGAIN && errno != EINTR)) {
		close(s->proc.fd);
		s->proc.fd = -1;
	}
}

/* Start s->cmd; 0, or an errno value. A gated job first waits for a
 * place: the slot is parked (and 0 returned) while none is free. */
static int
slot_spawn(struct slot *s)
{
	struct job *j = s->job;
	int err;

	if (j->gated && !j->gate_held) {
		s->parked = gate_free <= 0;
		if (s->parked) {
			s->proc.pid = 0;	/* no process until it passes */
			return 0;
		}
		gate_free--;
		j->gate_held = 1;
	}
	strbuf_reset(&s->out);
	s->exited = s->timed_out = 0;
	err = proc_spawn(&s->proc, s->cmd.argv, s->cmd.env, s->cmd.cwd);
	s->spawned = now_mono();
	if (err == 0)
		s->deadline = s->spawned + s->cmd.timeout;
	return err;
}

/* Note in the job when its command was the compiler under test and it
 * could not be started: not found, not executable, or a program the shell
 * or the loader could not run (126, 127). -bisect calls a commit whose
 * compiler cannot run any test unjudgeable. A crash is a verdict. */
static void
note_compiler(struct slot *s, const struct ctx *c, const struct stepout *r)
{
	int code = WIFEXITED(r->status) ? WEXITSTATUS(r->status) : 0;

	if (s->cmd.argv && s->cmd.argv[0] &&
	    strcmp(s->cmd.argv[0], c->compiler) == 0 &&
	    (r->spawn_err || code == 126 || code == 127))
		s->job->unusable = 1;
}

/* Start the next command of the slot's job, or finish the job. */
static void
slot_advance(struct slot *s, const struct ctx *c, const struct stepout *prev)
{
	struct stepout fail;
	struct job *j = s->job;
	int err;

	if (prev)
		note_compiler(s, c, prev);
	while (c->dialect->next(j, c, prev, &s->cmd)) {
		err = slot_spawn(s);
		if (err == 0)
			return;
		memset(&fail, 0, sizeof(fail));
		fail.spawn_err = err;
		fail.out = "";
		prev = &fail;
		note_compiler(s, c, prev);
	}
	verdict_settle(j, c);
	if (j->gate_held)
		gate_free++;
	j->secs = now_mono() - j->start;
	if (c->cache && j->status == ST_OK)
		cache_store(c->cache, j);
	if (j->tmp && !c->opt->keep && tmpdir_remove(j->tmp) < 0)
		warn("cannot remove %s: %s", j->tmp, strerror(errno));
	s->job = NULL;
}

/* Record in the slot's job what its command cost. */
static void
note_cost(struct slot *s)
{
	struct job *j = s->job;
	struct stepcost *k;

	j->costs = arena_grow(&j->arena, j->costs, j->ncosts, &j->costcap,
			      sizeof(*j->costs));
	k = &j->costs[j->ncosts++];
	k->name = s->cmd.name ? s->cmd.name : "step";
	k->user = (double)s->ru.ru_utime.tv_sec + s->ru.ru_utime.tv_usec / 1e6;
	k->sys = (double)s->ru.ru_stime.tv_sec + s->ru.ru_stime.tv_usec / 1e6;
	k->wall = now_mono() - s->spawned;
	k->maxrss_kb = s->ru.ru_maxrss;
}

/* The slot's command is over: hand its result to the action. */
static void
slot_done(struct slot *s, const struct ctx *c)
{
	struct stepout r;

	note_cost(s);
	if (s->proc.fd >= 0) {
		close(s->proc.fd);
		s->proc.fd = -1;
	}
	memset(&r, 0, sizeof(r));
	r.status = s->status;
	r.timed_out = s->timed_out;
	r.out = s->out.buf;
	r.len = s->out.len;
	r.dropped = s->out.dropped;
	slot_advance(s, c, &r);
}

static void
slot_start(struct slot *s, struct job *j, const struct ctx *c)
{
	j->start = now_mono();
	if (c->cache && cache_hit(c->cache, j, c)) {
		j->status = ST_OK;	/* as recorded: its seconds too */
		j->cached = 1;
		return;
	}
	if (c->dialect->start(j, c)) {
		j->secs = now_mono() - j->start;
		if (j->tmp && !c->opt->keep)
			tmpdir_remove(j->tmp);
		return;
	}
	s->job = j;
	slot_advance(s, c, NULL);
}

/* Start parked slots while the gate has room. */
static void
unpark(struct slot *s, size_t n, const struct ctx *c)
{
	struct stepout fail;
	size_t i;
	int err;

	for (i = 0; i < n && gate_free > 0; i++) {
		if (!s[i].job || !s[i].parked)
			continue;
		err = slot_spawn(&s[i]);
		if (err) {
			memset(&fail, 0, sizeof(fail));
			fail.spawn_err = err;
			fail.out = "";
			slot_advance(&s[i], c, &fail);
		}
	}
}

/* Deadlines: SIGTERM the group, then SIGKILL it after the grace. */
static void
check_deadlines(struct slot *s, double now)
{
	if (!s->job || s->exited || s->parked)
		return;
	if (!s->timed_out && now >= s->deadline) {
		s->timed_out = 1;
		s->kill_at = now + GRACE;
		proc_kill(&s->proc, SIGTERM);
	} else if (s->timed_out && now >= s->kill_at) {
		proc_kill(&s->proc, SIGKILL);
		s->kill_at = now + GRACE;
	}
}

static double
next_wakeup(const struct slot *s, size_t n)
{
	double t = now_mono() + 60, d;
	size_t i;

	for (i = 0; i < n; i++) {
		if (!s[i].job || s[i].parked)
			continue;
		d = s[i].exited ? s[i].drain_until :
		    s[i].timed_out ? s[i].kill_at : s[i].deadline;
		if (d < t)
			t = d;
	}
	return t;
}

/* Kill every process we started and wait for them all. */
static void
kill_everything(struct slot *s, size_t n)
{
	size_t i;
	int round;

	for (i = 0; i < n; i++)
		if (s[i].job && !s[i].exited)
			proc_kill(&s[i].proc, SIGKILL);
	for (round = 0; round < 500; round++) {
		while (waitpid(-1, NULL, WNOHANG) > 0)
			;
		if (proc_kill_orphans(NULL, 0) == 0 &&
		    waitpid(-1, NULL, WNOHANG) < 0 && errno == ECHILD)
			return;
		usleep(10000);
	}
	warn("some child processes would not die");
}

/* Handle pending signals; return the terminating one, or 0. */
static int
drain_signals(struct slot *s, size_t n)
{
	unsigned char b[64];
	ssize_t r, i;
	int term = 0;

	while ((r = read(sigpipe_fds[0], b, sizeof(b))) > 0)
		for (i = 0; i < r; i++)
			if (b[i] != SIGCHLD)
				term = b[i];
	reap(s, n);
	return term;
}

/* End the run early: kill every command, report the tests that finished,
 * remove the temp root. Return how many tests did not run. */
static size_t
abandon(struct slot *s, size_t n, const struct ctx *c, struct job *jobs,
	size_t njobs, size_t next)
{
	size_t i, one, notrun = 0;

	kill_everything(s, n);
	for (i = next; i < njobs; i++) {
		one = 0;
		if (jobs[i].status == ST_PENDING)
			notrun++;
		else	/* finished out of turn: still reported */
			report_flush(&jobs[i], 1, &one);
	}
	report_finish(notrun);
	if (!c->opt->keep)
		tmpdir_remove(c->tmproot);
	return notrun;
}

static void
interrupted(struct slot *s, size_t n, const struct ctx *c, struct job *jobs,
	    size_t njobs, size_t next, int sig)
{
	size_t notrun = abandon(s, n, c, jobs, njobs, next);

	warn("interrupted by signal %d (%s): %zu tests not run", sig,
	     proc_signame(sig), notrun);
	signal(sig, SIG_DFL);
	raise(sig);
	_exit(128 + sig);
}

/* After each command: is the machine still sound? If a command broke
 * /dev/null, stop the run (exit_usage), naming the test. */
static void
check_machine(struct slot *s, size_t n, const struct ctx *c,
	      struct job *jobs, size_t njobs, size_t next, const char *path)
{
	char err[256];
	size_t notrun;

	if (guard_devnull(err, sizeof(err)) == 0)
		return;
	notrun = abandon(s, n, c, jobs, njobs, next);
	warn("%s: stopping the run: %s after a command of this test; "
	     "%zu tests not run", path, err, notrun);
	exit(exit_usage);
}

int
sched_run(struct job *jobs, size_t n, const size_t *order,
	  const struct ctx *c, long parallel)
{
	struct slot *s = xcalloc((size_t)parallel, sizeof(*s));
	struct pollfd *pfd = xcalloc((size_t)parallel + 1, sizeof(*pfd));
	size_t np = (size_t)parallel, next = 0, reported = 0, active, i, k;
	int sig, timeout, rc;
	double now;

	signals_init();
	gate_free = c->opt->l > 0 ? c->opt->l : parallel;
	for (i = 0; i < np; i++)
		strbuf_init(&s[i].out, c->prof->output_limit);
	for (;;) {
		active = 0;
		for (i = 0; i < np; i++) {
			for (; !s[i].job && next < n; next++)
				slot_start(&s[i], &jobs[order ? order[next] :
						       next], c);
			active += s[i].job != NULL;
		}
		unpark(s, np, c);
		k = reported;
		report_flush(jobs, n, &reported);
		for (; k < reported; k++)
			arena_release(&jobs[k].arena);
		report_progress(reported, n);
		if (!active && next == n)
			break;
		pfd[0].fd = sigpipe_fds[0];
		pfd[0].events = POLLIN;
		for (i = 0, k = 1; i < np; i++) {
			if (s[i].job && s[i].proc.fd >= 0) {
				pfd[k].fd = s[i].proc.fd;
				pfd[k++].events = POLLIN;
			}
		}
		now = now_mono();
		timeout = (int)((next_wakeup(s, np) - now) * 1000) + 1;
		if (report_live() && timeout > 1000)
			timeout = 1000;	/* the progress line's clock */
		rc = poll(pfd, k, timeout < 0 ? 0 : timeout);
		if (rc < 0 && errno != EINTR)
			bug("poll: %s", strerror(errno));
		if ((sig = drain_signals(s, np)))
			interrupted(s, np, c, jobs, n, reported, sig);
		now = now_mono();
		for (i = 0; i < np; i++) {
			if (!s[i].job || s[i].parked)
				continue;
			if (s[i].proc.fd >= 0)
				slot_read(&s[i]);
			sweep(s, np, i);
			check_deadlines(&s[i], now);
			if (s[i].exited &&
			    (s[i].proc.fd < 0 || now >= s[i].drain_until)) {
				check_machine(s, np, c, jobs, n, reported,
					      s[i].job->path);
				slot_done(&s[i], c);
			}
		}
	}
	kill_everything(s, np);
	for (i = 0; i < np; i++)
		strbuf_release(&s[i].out);
	free(s);
	free(pfd);
	return report_finish(0);
}
