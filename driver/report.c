#define _POSIX_C_SOURCE 200809L
#include "report.h"
#include "flags.h"
#include "job.h"

#include <stdio.h>
#include <string.h>

static const struct options *opt;
static size_t counts[ST_NSTATUS];

/* The status words, in -summary order. */
static const char *const status_words[ST_NSTATUS] = {
	[ST_OK] = "ok",
	[ST_FAIL] = "FAIL",
	[ST_SKIP] = "skip",
};

void
report_init(const struct options *o)
{
	opt = o;
	memset(counts, 0, sizeof(counts));
}

static void
report_job(const struct job *j)
{
	size_t len;

	counts[j->status]++;
	switch (j->status) {
	case ST_FAIL:
		len = j->msg ? strlen(j->msg) : 0;
		printf("# rundriver -- %s\n%s%s", j->path, j->msg ? j->msg : "",
		       len && j->msg[len - 1] == '\n' ? "" : "\n");
		printf("FAIL\t%s\t%.3fs\n", j->path, j->secs);
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

	if (opt->summary)
		for (st = ST_OK; st < ST_NSTATUS; st++)
			if (counts[st])
				printf("%5zu %s\n", counts[st],
				       status_words[st]);
	if (notrun)
		printf("%5zu not run (interrupted)\n", notrun);
	fflush(stdout);
	return counts[ST_FAIL] ? 1 : 0;
}
