/* The text report: run.go's ok/FAIL/skip lines in discovery order, the
 * live progress line on a terminal, the -summary counts and the exit
 * status. It prints finished jobs only and decides no verdict. */
#define _POSIX_C_SOURCE 200809L
#include "report.h"
#include "flags.h"
#include "job.h"
#include "util.h"

#include <stdio.h>
#include <string.h>
#include <unistd.h>

static const struct options *opt;
static size_t counts[ST_NSTATUS];
static int live;		/* a terminal shows the progress line */
static int status_shown;	/* it is on screen now */
static double started;

/* The status words, in -summary order. */
static const char *const status_words[ST_NSTATUS] = {
	[ST_OK] = "ok",
	[ST_FAIL] = "FAIL",
	[ST_SKIP] = "skip",
	[ST_BUG] = "BUG",
	[ST_FIXED] = "FIXED",
};

void
report_init(const struct options *o)
{
	opt = o;
	memset(counts, 0, sizeof(counts));
	live = isatty(STDOUT_FILENO);
	started = now_mono();
}

/* Wipe the progress line before printing a report line over it. */
static void
clear_status(void)
{
	if (status_shown)
		fputs("\r\033[K", stdout);
	status_shown = 0;
}

void
report_progress(size_t done, size_t total)
{
	static size_t last_done;
	static double last_time;
	double now = now_mono(), spent = now - started, left;

	if (!live || done == 0 || done == total ||
	    (done == last_done && now - last_time < 1))
		return;
	last_done = done;
	last_time = now;
	left = spent / (double)done * (double)(total - done);
	clear_status();
	printf("[%zu/%zu] %zu failed, %d:%02d left", done, total,
	       counts[ST_FAIL] + counts[ST_FIXED], (int)left / 60, (int)left % 60);
	status_shown = 1;
	fflush(stdout);
}

static void
report_job(const struct job *j)
{
	size_t len;

	counts[j->status]++;
	clear_status();
	switch (j->status) {
	case ST_FAIL:
	case ST_FIXED:
	case ST_BUG:	/* why it still fails: only with -v */
		len = j->msg ? strlen(j->msg) : 0;
		if (j->status != ST_BUG || opt->verbose)
			printf("# rundriver -- %s\n%s%s", j->path,
			       j->msg ? j->msg : "",
			       len && j->msg[len - 1] == '\n' ? "" : "\n");
		printf("%-4s\t%s\t%.3fs\n", status_words[j->status], j->path,
		       j->secs);
		break;
	case ST_OK:
		if (opt->verbose)
			printf("ok  \t%s\t%.3fs\n", j->path, j->secs);
		break;
	case ST_SKIP:
		if (opt->verbose || opt->show_skips)
			printf("skip\t%s\t%s\n", j->path, j->msg);
		break;
	default:
		break;
	}
}

void
report_flush(struct job *jobs, size_t n, size_t *next)
{
	int printed = 0;

	while (*next < n && jobs[*next].status != ST_PENDING) {
		report_job(&jobs[(*next)++]);
		printed = 1;
	}
	if (printed)
		fflush(stdout);
}

int
report_finish(size_t notrun)
{
	int st;

	clear_status();
	if (opt->summary)
		for (st = ST_OK; st < ST_NSTATUS; st++)
			if (counts[st])
				printf("%5zu %s\n", counts[st],
				       status_words[st]);
	if (notrun)
		printf("%5zu not run (interrupted)\n", notrun);
	fflush(stdout);
	return counts[ST_FAIL] || counts[ST_FIXED] ? 1 : 0;
}
