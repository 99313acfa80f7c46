/* "rundriver merge A.json B.json ...": the -json results of the shards of
 * one run joined into one report, in path order, through the ordinary
 * reporters (text, and -json/-junit on request). Every shard lists every
 * test of the run, so a test that no shard reported (a shard that died, a
 * file left out) or that two shards reported fails the merge by name. */
#define _POSIX_C_SOURCE 200809L
#include "merge.h"
#include "flags.h"
#include "job.h"
#include "json.h"
#include "machine.h"
#include "report.h"
#include "strbuf.h"
#include "util.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

/* A test of the merged run. */
struct mtest {
	char *key;		/* "PACKAGE\tTEST", while it is being read */
	char *path;
	struct strbuf out;	/* its reasons, from its output events */
	char *action;		/* pass, fail, skip; NULL: not reported */
	double secs;
	int twice;		/* reported by two shards */
};

struct merge {
	struct mtest *v;
	size_t n, cap;
	char **expected;	/* every test some shard's run selected */
	size_t nexpected;
};

/* The test KEY (added when missing). */
static struct mtest *
test_of(struct merge *g, const char *key)
{
	size_t i;

	for (i = g->n; i-- > 0; )	/* events come test by test */
		if (g->v[i].key && !strcmp(g->v[i].key, key))
			return &g->v[i];
	if (g->n == g->cap) {
		g->cap = g->cap ? 2 * g->cap : 256;
		g->v = xrealloc(g->v, g->cap * sizeof(*g->v));
	}
	memset(&g->v[g->n], 0, sizeof(g->v[g->n]));
	g->v[g->n].key = xstrdup(key);
	strbuf_init(&g->v[g->n].out, 0);
	return &g->v[g->n++];
}

/* One event of a file. */
static void
take(struct merge *g, struct json_event *ev)
{
	struct mtest *t;
	char *key;
	size_t i;

	for (i = 0; i < ev->ntests; i++)
		strv_push(&g->expected, &g->nexpected, xstrdup(ev->tests[i]));
	if (!ev->test || !ev->package)
		return;
	key = xasprintf("%s\t%s", ev->package, ev->test);
	t = test_of(g, key);
	free(key);
	if (!strcmp(ev->action, "output") && ev->output &&
	    strncmp(ev->output, "=== RUN", 7) && strncmp(ev->output, "--- ", 4))
		strbuf_addstr(&t->out, ev->output + (strncmp(ev->output,
						     "    ", 4) ? 0 : 4));
	if (strcmp(ev->action, "pass") && strcmp(ev->action, "fail") &&
	    strcmp(ev->action, "skip"))
		return;
	free(t->action);
	t->action = xstrdup(ev->action);
	t->secs = ev->elapsed;
	free(t->path);
	t->path = ev->path ? xstrdup(ev->path) :
		  xasprintf("%s/%s", ev->package, ev->test);
	free(t->key);
	t->key = NULL;		/* done: a later run of it is another */
}

/* Read the -json file PATH; fatal when unreadable. */
static void
load(struct merge *g, const char *path)
{
	struct json_file f;
	struct json_event ev;

	json_file_open(&f, "merge", path);
	while (json_file_next(&f, &ev)) {
		take(g, &ev);
		json_event_free(&ev);
	}
}

static int
cmp_test(const void *a, const void *b)
{
	const struct mtest *x = a, *y = b;

	return strcmp(x->path ? x->path : "", y->path ? y->path : "");
}

/* Add to G, as failures, the expected tests no shard reported (the list
 * made unique first: every shard gives all of it). */
static void
add_missing(struct merge *g)
{
	struct mtest *t;
	size_t i, k;

	if (g->nexpected > 1)
		qsort(g->expected, g->nexpected, sizeof(char *), cmp_strp);
	for (i = k = 0; i < g->nexpected; i++)
		if (k > 0 && !strcmp(g->expected[k - 1], g->expected[i]))
			free(g->expected[i]);
		else
			g->expected[k++] = g->expected[i];
	g->nexpected = k;
	if (g->expected)
		g->expected[k] = NULL;
	for (i = 0; i < g->nexpected; i++) {
		for (k = 0; k < g->n && (!g->v[k].path ||
			     strcmp(g->v[k].path, g->expected[i])); k++)
			;
		if (k < g->n)
			continue;
		t = test_of(g, g->expected[i]);
		free(t->key);
		t->key = NULL;
		t->path = xstrdup(g->expected[i]);
		t->action = xstrdup("missing");
	}
}

/* The job the reporters print for test T. */
static void
as_job(struct mtest *t, struct job *j)
{
	while (t->out.len && t->out.buf[t->out.len - 1] == '\n')
		t->out.buf[--t->out.len] = '\0';
	memset(j, 0, sizeof(*j));
	j->path = t->path;
	j->secs = t->secs;
	j->msg = t->out.buf;
	if (t->twice) {
		j->status = ST_FAIL;
		j->msg = "reported by two shards: are two jobs running the "
			 "same shard?";
	} else if (!strcmp(t->action, "missing")) {
		j->status = ST_FAIL;
		j->msg = "no shard reported this test: a shard died, or its "
			 "result file was left out";
	} else {
		j->status = !strcmp(t->action, "fail") ? ST_FAIL :
			    strcmp(t->action, "pass") ? ST_SKIP : ST_OK;
		if (j->status == ST_SKIP && !strncmp(j->msg, "known bug", 9))
			j->status = ST_BUG;
	}
}

int
merge_main(int argc, char **argv)
{
	struct merge g = { 0 };
	struct options opt;
	struct job *jobs;
	char err[256], **args = xcalloc((size_t)argc + 2, sizeof(char *));
	size_t i, next = 0;
	int k, rc;

	args[0] = "rundriver merge";
	for (k = 0; k < argc; k++)
		args[k + 1] = argv[k];
	if (flags_parse(&opt, argc + 1, args, err, sizeof(err)) < 0)
		fatal("merge: %s", err);
	if (opt.npaths == 0)
		fatal("merge: usage: rundriver merge [-v] [-summary] [-json F] "
		      "[-junit F] SHARD.json ...");
	for (k = 0; k < opt.npaths; k++)
		load(&g, opt.paths[k]);
	add_missing(&g);
	for (i = k = 0; i < g.n; i++)	/* events of no finished test */
		if (g.v[i].action)
			g.v[k++] = g.v[i];
		else
			free(g.v[i].key), strbuf_release(&g.v[i].out);
	g.n = (size_t)k;
	if (g.n)
		qsort(g.v, g.n, sizeof(*g.v), cmp_test);
	for (i = k = 0; i < g.n; i++)	/* one line a test, even if twice */
		if (k > 0 && !strcmp(g.v[k - 1].path, g.v[i].path)) {
			g.v[k - 1].twice = 1;
			free(g.v[i].path), free(g.v[i].action);
			strbuf_release(&g.v[i].out);
		} else {
			g.v[k++] = g.v[i];
		}
	g.n = (size_t)k;
	jobs = xcalloc(g.n + 1, sizeof(*jobs));
	for (i = 0; i < g.n; i++)
		as_job(&g.v[i], &jobs[i]);
	machine_open(&opt);
	machine_expect(g.expected, g.nexpected, NULL, 0);
	report_init(&opt);
	report_flush(jobs, g.n, &next);
	rc = report_finish(0);
	if (machine_close() < 0)
		rc = 1;
	for (i = 0; i < g.n; i++) {
		free(g.v[i].path);
		free(g.v[i].action);
		strbuf_release(&g.v[i].out);
	}
	free(g.v);
	free(jobs);
	free(args);
	if (g.expected)
		free_strv(g.expected);
	return rc;
}
