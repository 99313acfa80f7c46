/* "rundriver compare OLD.json NEW.json": two -json runs side by side:
 * tests newly failing, newly passing, added, removed, and tests whose
 * compile-side CPU time or peak RSS grew past a factor (above a floor, so
 * that the noise of tiny tests does not count). */
#define _POSIX_C_SOURCE 200809L
#include "compare.h"
#include "json.h"
#include "util.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

/* One test's last verdict in a run, and what its compile steps cost. */
struct verdict {
	char *key;		/* "PACKAGE\tTEST" */
	char *action;		/* pass, fail, skip */
	double cpu, rss_kb;
};

struct run {
	struct verdict *v;
	size_t n, cap;
};

static int
cmp_verdict(const void *a, const void *b)
{
	return strcmp(((const struct verdict *)a)->key,
		      ((const struct verdict *)b)->key);
}

/* Read the test verdicts of the -json file PATH; fatal when unreadable
 * or when a line is not an event. */
static void
load(const char *path, struct run *r)
{
	struct json_file f;
	struct json_event ev;

	json_file_open(&f, "compare", path);
	while (json_file_next(&f, &ev)) {
		if (ev.test && ev.package && (!strcmp(ev.action, "pass") ||
		    !strcmp(ev.action, "fail") || !strcmp(ev.action, "skip"))) {
			if (r->n == r->cap) {
				r->cap = r->cap ? 2 * r->cap : 256;
				r->v = xrealloc(r->v, r->cap * sizeof(*r->v));
			}
			r->v[r->n].key = xasprintf("%s\t%s", ev.package,
						   ev.test);
			r->v[r->n].action = ev.action;
			r->v[r->n].cpu = ev.compile_cpu;
			r->v[r->n].rss_kb = ev.compile_rss_kb;
			ev.action = NULL;
			r->n++;
		}
		json_event_free(&ev);
	}
	if (r->n)
		qsort(r->v, r->n, sizeof(*r->v), cmp_verdict);
}

static const struct verdict *
find(const struct run *r, const char *key)
{
	struct verdict x = { (char *)key, NULL, 0, 0 };

	return r->n ? bsearch(&x, r->v, r->n, sizeof(x), cmp_verdict) : NULL;
}

static void
release(struct run *r)
{
	size_t i;

	for (i = 0; i < r->n; i++) {
		free(r->v[i].key);
		free(r->v[i].action);
	}
	free(r->v);
}

/* The test KEY ("PACKAGE\tTEST") as a path-like name. */
static void
put_key(const char *what, const char *key, const char *more)
{
	const char *tab = strchr(key, '\t');

	printf("%-14s %.*s/%s%s\n", what, (int)(tab - key), key, tab + 1,
	       more ? more : "");
}

/* Did the cost grow from OLD to NEW past the factor and the floor? */
static int
grew(double old, double now, double factor, double floor)
{
	return now - old > floor && now > old * factor;
}

int
compare_main(int argc, char **argv)
{
	struct run a = { 0 }, b = { 0 };
	double factor = 2, cpu_floor = 0.05, rss_floor = 16384;
	const struct verdict *o;
	char more[128], *end;
	size_t i, regressed = 0;
	int k = 0;

	while (k < argc && argv[k][0] == '-') {
		if (!strcmp(argv[k], "-threshold") && k + 1 < argc) {
			factor = strtod(argv[++k], &end);
			if (*end || !(factor > 1))
				fatal("compare: -threshold %s: want a factor "
				      "above 1", argv[k]);
		} else {
			fatal("compare: unknown flag %s (usage: rundriver "
			      "compare [-threshold X] OLD.json NEW.json)",
			      argv[k]);
		}
		k++;
	}
	if (argc - k != 2)
		fatal("compare: usage: rundriver compare [-threshold X] "
		      "OLD.json NEW.json");
	load(argv[k], &a);
	load(argv[k + 1], &b);
	for (i = 0; i < b.n; i++) {
		if (!(o = find(&a, b.v[i].key))) {
			put_key("added", b.v[i].key, NULL);
			continue;
		}
		if (!strcmp(b.v[i].action, "fail") &&
		    strcmp(o->action, "fail")) {
			put_key("newly failing", b.v[i].key, NULL);
			regressed++;
		} else if (strcmp(b.v[i].action, "fail") &&
			   !strcmp(o->action, "fail")) {
			put_key("newly passing", b.v[i].key, NULL);
		}
		if (grew(o->cpu, b.v[i].cpu, factor, cpu_floor)) {
			snprintf(more, sizeof(more), "  compile CPU %.3fs -> "
				 "%.3fs (x%.1f)", o->cpu, b.v[i].cpu,
				 o->cpu > 0 ? b.v[i].cpu / o->cpu : 0);
			put_key("costlier", b.v[i].key, more);
			regressed++;
		}
		if (grew(o->rss_kb, b.v[i].rss_kb, factor, rss_floor)) {
			snprintf(more, sizeof(more), "  compile peak RSS %.0f "
				 "-> %.0f KiB (x%.1f)", o->rss_kb,
				 b.v[i].rss_kb, b.v[i].rss_kb / o->rss_kb);
			put_key("larger", b.v[i].key, more);
			regressed++;
		}
	}
	for (i = 0; i < a.n; i++)
		if (!find(&b, a.v[i].key))
			put_key("removed", a.v[i].key, NULL);
	printf("compare: %zu regression%s (%zu tests before, %zu after; "
	       "costs: x%g and over %.2fs CPU or %.0f MiB)\n", regressed,
	       regressed == 1 ? "" : "s", a.n, b.n, factor, cpu_floor,
	       rss_floor / 1024);
	release(&a);
	release(&b);
	return regressed ? 1 : 0;
}
