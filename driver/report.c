/* The text report: run.go's ok/FAIL/skip lines in discovery order (one
 * line a test also under -count, FLAKY when its runs disagree), the live
 * progress line on a terminal, the -summary counts (and the CPU by step)
 * and the exit status.
 * It prints finished jobs only and decides no verdict. */
#define _POSIX_C_SOURCE 200809L
#include "report.h"
#include "flags.h"
#include "job.h"
#include "machine.h"
#include "util.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/resource.h>
#include <unistd.h>

static const struct options *opt;
static size_t counts[ST_NSTATUS], flaky, cached;
static int live;		/* stderr shows the progress line */
static int quiet;		/* the text report keeps off stdout */
static int colour;		/* stdout is a terminal that may get colour */
static int status_shown;	/* the progress line is on screen now */
static double started;

/* The status words, in -summary order, and their colours on a terminal. */
static const char *const status_words[ST_NSTATUS] = {
	[ST_OK] = "ok",
	[ST_FAIL] = "FAIL",
	[ST_SKIP] = "skip",
	[ST_BUG] = "BUG",
	[ST_FIXED] = "FIXED",
};
static const char *const status_colours[ST_NSTATUS] = {
	[ST_OK] = "\033[32m",
	[ST_FAIL] = "\033[31m",
	[ST_FIXED] = "\033[31m",
};
static const char flaky_word[] = "FLAKY";

/* The CPU of the run's commands by step ("compile", "link", "run" ...),
 * for -summary: where the run's seconds went. */
enum { NKINDS = 16 };
static struct kind {
	char name[16];
	double cpu;
	size_t n;
} kinds[NKINDS];
static size_t nkinds;

static void
note_kinds(const struct job *j)
{
	const char *name;
	size_t i, k;

	for (k = 0; k < j->ncosts; k++) {
		name = j->costs[k].name;
		for (i = 0; i < nkinds && strncmp(kinds[i].name, name,
						     sizeof(kinds[i].name) - 1);
		     i++)
			;
		if (i == nkinds && nkinds == NKINDS) {	/* the rest */
			i = NKINDS - 1;
			snprintf(kinds[i].name, sizeof(kinds[i].name), "other");
		}
		if (i == nkinds)
			snprintf(kinds[nkinds++].name, sizeof(kinds[i].name),
				 "%s", name);
		kinds[i].cpu += j->costs[k].user + j->costs[k].sys;
		kinds[i].n++;
	}
}

/* -summary's line of CPU seconds by step, and the driver's own. */
static void
print_kinds(FILE *out)
{
	struct rusage ru;
	size_t i;

	if (!opt->summary || !nkinds)
		return;
	fprintf(out, "cpu:");
	for (i = 0; i < nkinds; i++)
		fprintf(out, " %s %.2fs (%zu),", kinds[i].name, kinds[i].cpu,
			kinds[i].n);
	getrusage(RUSAGE_SELF, &ru);
	fprintf(out, " the driver %.2fs\n", (double)ru.ru_utime.tv_sec +
		ru.ru_utime.tv_usec / 1e6 + (double)ru.ru_stime.tv_sec +
		ru.ru_stime.tv_usec / 1e6);
	nkinds = 0;
	memset(kinds, 0, sizeof(kinds));
}

/* The slowest tests so far, slowest first, for -summary. */
enum { NSLOW = 10 };
static struct slow {
	char *path;
	double secs, compile, run;	/* wall; the CPU of its steps */
} slow[NSLOW];
static size_t nslow;

/* Keep J among the slowest when it is one. */
static void
note_slow(const struct job *j)
{
	struct slow x = { NULL, j->secs, 0, 0 };
	size_t i, k;

	if (j->status == ST_SKIP || (nslow == NSLOW &&
				     j->secs <= slow[NSLOW - 1].secs))
		return;
	for (k = 0; k < j->ncosts; k++)
		*(strcmp(j->costs[k].name, "run") ? &x.compile : &x.run) +=
			j->costs[k].user + j->costs[k].sys;
	if (nslow == NSLOW)
		free(slow[--nslow].path);
	for (i = nslow; i > 0 && slow[i - 1].secs < x.secs; i--)
		slow[i] = slow[i - 1];
	x.path = xstrdup(j->path);
	slow[i] = x;
	nslow++;
}

/* -summary's list of the slowest tests, to OUT; emptied after. */
static void
print_slow(FILE *out)
{
	size_t i;

	if (opt->summary && nslow)
		fprintf(out, "slowest:\n");
	for (i = 0; i < nslow; i++) {
		if (opt->summary && slow[i].compile + slow[i].run > 0)
			fprintf(out, "%8.3fs  %s  (cpu: compile %.3fs, run "
				"%.3fs)\n", slow[i].secs, slow[i].path,
				slow[i].compile, slow[i].run);
		else if (opt->summary)	/* merge: no step costs */
			fprintf(out, "%8.3fs  %s\n", slow[i].secs,
				slow[i].path);
		free(slow[i].path);
	}
	nslow = 0;
}

void
report_init(const struct options *o)
{
	const char *no = getenv("NO_COLOR");

	opt = o;
	quiet = machine_stdout();
	memset(counts, 0, sizeof(counts));
	flaky = cached = 0;
	live = isatty(STDERR_FILENO) && !o->verbose;
	colour = isatty(STDOUT_FILENO) && !(no && *no);
	started = now_mono();
}

int
report_live(void)
{
	return live;
}

/* Wipe the progress line before anything is printed over it. */
static void
clear_status(void)
{
	if (status_shown)
		fputs("\r\033[K", stderr);
	status_shown = 0;
}

void
report_progress(size_t done, size_t total)
{
	static double last_time;
	double now = now_mono(), spent = now - started, left;
	size_t failed = counts[ST_FAIL] + counts[ST_FIXED] + flaky;

	if (!live || done == total || now - last_time < 0.2)
		return;
	last_time = now;
	clear_status();
	fprintf(stderr, "[%zu/%zu]  %zu FAIL  %d:%02d", done, total, failed,
		(int)spent / 60, (int)spent % 60);
	if (done > 0) {
		left = spent / (double)done * (double)(total - done);
		fprintf(stderr, "  ~%d:%02d left", (int)left / 60,
			(int)left % 60);
	}
	status_shown = 1;
	fflush(stderr);
}

/* The status word W of status ST, padded to four columns, coloured on a
 * terminal. */
static void
put_word(const char *w, enum status st)
{
	const char *c = colour ? status_colours[st] : NULL;

	printf("%s%-4s%s", c ? c : "", w, c ? "\033[0m" : "");
}

/* Print job J's lines: its status word WORD (NULL: its own), with NOTE
 * (or NULL) before its reasons. */
static void
report_job(const struct job *j, const char *word, const char *note)
{
	size_t len;

	machine_test(j, word);
	if (j->cached) {
		cached++;
	} else {
		note_slow(j);
		note_kinds(j);
	}
	if (quiet)
		return;		/* stdout is TAP's or JSON's */
	clear_status();
	switch (j->status) {
	case ST_FAIL:
	case ST_FIXED:
	case ST_BUG:	/* why it still fails: only with -v */
		len = j->msg ? strlen(j->msg) : 0;
		if (j->status != ST_BUG || opt->verbose)
			printf("# rundriver -- %s\n%s%s%s", j->path,
			       note ? note : "", j->msg ? j->msg : "",
			       len && j->msg[len - 1] == '\n' ? "" : "\n");
		put_word(word ? word : status_words[j->status], j->status);
		printf("\t%s\t%.3fs\n", j->path, j->secs);
		break;
	case ST_OK:
		if (opt->verbose && j->cached) {	/* as go test says it */
			put_word("ok", ST_OK);
			printf("\t%s\t(cached)\n", j->path);
		} else if (opt->verbose) {
			put_word("ok", ST_OK);
			printf("\t%s\t%.3fs\n", j->path, j->secs);
		}
		break;
	case ST_SKIP:
		if (opt->verbose || opt->show_skips)
			printf("skip\t%s\t%s\n", j->path, j->msg);
		break;
	default:
		break;
	}
}

/* The verdict of one test run REPS times, J[0..reps): its own when every
 * run agrees, else FLAKY with the first failing run's reasons. */
static void
report_group(const struct job *j, size_t reps)
{
	size_t i, bad = reps, nbad = 0;
	char note[128];

	for (i = 0; i < reps; i++)
		if (j[i].status == ST_FAIL || j[i].status == ST_FIXED) {
			nbad++;
			bad = bad < reps ? bad : i;
		}
	if (nbad == 0 || nbad == reps) {
		counts[j[0].status]++;
		report_job(&j[nbad ? bad : 0], NULL, NULL);
		return;
	}
	flaky++;
	snprintf(note, sizeof(note), "flaky: %zu of %zu runs failed; the "
		 "first failure (run %zu):\n", nbad, reps, bad + 1);
	report_job(&j[bad], flaky_word, note);
}

void
report_flush(struct job *jobs, size_t n, size_t *next)
{
	size_t reps = opt->count > 1 ? (size_t)opt->count : 1, i;
	int printed = 0;

	while (*next + reps <= n) {
		for (i = 0; i < reps; i++)
			if (jobs[*next + i].status == ST_PENDING)
				goto out;
		report_group(&jobs[*next], reps);
		*next += reps;
		printed = 1;
	}
out:
	if (printed)
		fflush(stdout);
}

int
report_finish(size_t notrun)
{
	int st;

	FILE *out = quiet ? stderr : stdout;

	clear_status();
	print_slow(out);
	print_kinds(out);
	if (opt->summary)
		for (st = ST_OK; st < ST_NSTATUS; st++)
			if (counts[st])
				fprintf(out, "%5zu %s\n", counts[st],
					status_words[st]);
	if (opt->summary && flaky)
		fprintf(out, "%5zu %s\n", flaky, flaky_word);
	if (opt->summary && cached)
		fprintf(out, "%5zu of them cached\n", cached);
	if (notrun)
		fprintf(out, "%5zu not run (interrupted)\n", notrun);
	fflush(stdout);
	return counts[ST_FAIL] || counts[ST_FIXED] || flaky ? 1 : 0;
}
