/* The machine-readable reports: -json (go test -json's test2json events,
 * with each step's cost as extra fields), -junit (JUnit XML) and -tap
 * (TAP version 13 on stdout). Tests come in report order from report.c;
 * a package is a test's folder, and its profile's name in a matrix. Every
 * string is escaped for its format, whatever bytes a test printed. */
#define _POSIX_C_SOURCE 200809L
#include "machine.h"
#include "flags.h"
#include "job.h"
#include "json.h"
#include "strbuf.h"
#include "util.h"

#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

/* One test's verdict, kept for the package events, JUnit and TAP's plan. */
struct rec {
	char *package, *test, *path, *msg;
	const char *word;	/* ok, FAIL, skip, BUG, FIXED, FLAKY */
	int failed, skipped;
	double secs;
};

/* A test the run selected, in this shard or another, for the package
 * events' list of every test (what merge checks the shards against). */
struct want {
	char *package, *path;
};

static struct {
	struct want *wants;
	size_t nwants;
	FILE *json;		/* NULL: no -json */
	const char *json_path, *junit_path;
	int tap;
	const char *profile;	/* in package names, in a matrix */
	struct rec *recs;
	size_t n, cap;
} m;

static const char *const words[ST_NSTATUS] = {
	[ST_OK] = "ok", [ST_FAIL] = "FAIL", [ST_SKIP] = "skip",
	[ST_BUG] = "BUG", [ST_FIXED] = "FIXED",
};

void
machine_open(const struct options *opt)
{
	memset(&m, 0, sizeof(m));
	m.json_path = opt->json;
	m.junit_path = opt->junit;
	m.tap = opt->tap;
	if (opt->json && strcmp(opt->json, "-") == 0)
		m.json = stdout;
	else if (opt->json && !(m.json = fopen(opt->json, "w")))
		fatal("-json %s: %s", opt->json, strerror(errno));
	if (m.tap)
		printf("TAP version 13\n");
}

int
machine_stdout(void)
{
	return m.tap || m.json == stdout;
}

void
machine_profile(const char *name, int matrix)
{
	m.profile = matrix ? name : NULL;
}

/* The package of the test at PATH: its folder, after the profile's name
 * in a matrix. Malloc'd. */
static char *
package_of(const char *path)
{
	const char *slash = strrchr(path, '/');

	return xasprintf("%s%s%.*s", m.profile ? m.profile : "",
			 m.profile ? ":" : "", slash ? (int)(slash - path) : 1,
			 slash ? path : ".");
}

void
machine_expect(char *const *paths, size_t n, char *const *others,
	       size_t nothers)
{
	size_t i;

	if (!m.json)
		return;
	m.wants = xrealloc(m.wants, (m.nwants + n + nothers + 1) *
			   sizeof(*m.wants));
	for (i = 0; i < n + nothers; i++, m.nwants++) {
		m.wants[m.nwants].path = xstrdup(i < n ? paths[i] :
						 others[i - n]);
		m.wants[m.nwants].package = package_of(m.wants[m.nwants].path);
	}
}

/* The current time as RFC 3339 with nanoseconds, UTC. */
static void
stamp(char *buf, size_t len)
{
	struct timespec ts;
	struct tm tm;
	size_t n;

	clock_gettime(CLOCK_REALTIME, &ts);
	gmtime_r(&ts.tv_sec, &tm);
	n = strftime(buf, len, "%Y-%m-%dT%H:%M:%S", &tm);
	snprintf(buf + n, len - n, ".%09ldZ", ts.tv_nsec);
}

/* Write one event: ACTION of package R->package (and test, unless
 * PACKAGE_ONLY), with OUTPUT (or NULL), and EXTRA (",..." or ""). */
static void
event(const struct rec *r, int package_only, const char *action,
      const char *output, size_t outlen, const char *extra)
{
	struct strbuf sb;
	char t[64];

	stamp(t, sizeof(t));
	strbuf_init(&sb, 0);
	strbuf_addf(&sb, "{\"Time\":\"%s\",\"Action\":\"%s\",\"Package\":", t,
		    action);
	json_string(&sb, r->package, strlen(r->package));
	if (!package_only) {
		strbuf_addstr(&sb, ",\"Test\":");
		json_string(&sb, r->test, strlen(r->test));
	}
	if (output) {
		strbuf_addstr(&sb, ",\"Output\":");
		json_string(&sb, output, outlen);
	}
	strbuf_addf(&sb, "%s}\n", extra);
	fwrite(sb.buf, 1, sb.len, m.json);
	strbuf_release(&sb);
}

/* The output events of text TEXT, one a line, each INDENTed. */
static void
output_lines(const struct rec *r, const char *text, const char *indent)
{
	struct strbuf sb;
	const char *p = text, *eol;
	size_t len;

	strbuf_init(&sb, 0);
	while (p && *p) {
		eol = strchr(p, '\n');
		len = eol ? (size_t)(eol - p) : strlen(p);
		strbuf_reset(&sb);
		strbuf_addstr(&sb, indent);
		strbuf_add(&sb, p, len);
		strbuf_addstr(&sb, "\n");
		event(r, 0, "output", sb.buf, sb.len, "");
		p = eol ? eol + 1 : NULL;
	}
	strbuf_release(&sb);
}

/* J's steps as the extra fields of its last event. Malloc'd. */
static char *
steps_field(const struct job *j, const struct rec *r)
{
	struct strbuf sb;
	char *res;
	size_t i;

	strbuf_init(&sb, 0);
	strbuf_addf(&sb, ",\"Elapsed\":%.3f,\"Path\":", r->secs);
	json_string(&sb, r->path, strlen(r->path));
	strbuf_addstr(&sb, ",\"Steps\":[");
	for (i = 0; i < j->ncosts; i++)
		strbuf_addf(&sb, "%s{\"Step\":\"%s\",\"User\":%.4f,\"Sys\":%.4f,"
			    "\"Wall\":%.4f,\"MaxRSSKB\":%ld}", i ? "," : "",
			    j->costs[i].name, j->costs[i].user,
			    j->costs[i].sys, j->costs[i].wall,
			    j->costs[i].maxrss_kb);
	strbuf_addstr(&sb, "]");
	res = strbuf_detach(&sb);
	strbuf_release(&sb);
	return res;
}

/* The events of one test, in test2json's order. */
static void
json_test(const struct job *j, const struct rec *r)
{
	char line[512], *extra;
	const char *verdict = r->failed ? "FAIL" : r->skipped ? "SKIP" :
					   "PASS";

	event(r, 0, "run", NULL, 0, "");
	snprintf(line, sizeof(line), "=== RUN   %s\n", r->test);
	event(r, 0, "output", line, strlen(line), "");
	if (r->failed && r->msg)
		output_lines(r, r->msg, "    ");
	snprintf(line, sizeof(line), "--- %s: %s (%.2fs)\n", verdict, r->test,
		 r->secs);
	event(r, 0, "output", line, strlen(line), "");
	if (r->skipped && r->msg)
		output_lines(r, r->msg, "    ");
	extra = steps_field(j, r);
	event(r, 0, r->failed ? "fail" : r->skipped ? "skip" : "pass", NULL, 0,
	      extra);
	free(extra);
}

/* R's verdict for a reader: why it failed or was skipped. */
static char *
reason(const struct job *j, const char *word)
{
	const char *msg = j->msg ? j->msg : "";

	while (*msg == '\n')
		msg++;
	if (j->status == ST_BUG)
		return xasprintf("known bug, still failing: %s", msg);
	if (word)
		return xasprintf("%s: %s", word, msg);
	return xstrdup(msg);
}

/* TAP's line (and YAML block) of test number N. */
static void
tap_test(const struct rec *r, size_t n)
{
	const char *p;

	printf("%sok %zu - %s", r->failed || !strcmp(r->word, "BUG") ?
	       "not " : "", n, r->path);
	if (!strcmp(r->word, "BUG"))
		printf(" # TODO known bug\n");
	else if (r->skipped)
		printf(" # SKIP %s\n", r->msg && *r->msg ? r->msg : "skipped");
	else
		printf("\n");
	if (!r->failed)
		return;
	printf("  ---\n  verdict: %s\n  message: |\n    ", r->word);
	for (p = r->msg ? r->msg : ""; *p; p++) {
		if (*p == '\n')
			fputs(p[1] ? "\n    " : "", stdout);
		else if ((unsigned char)*p < 0x20 || *p == 0x7f ||
			 (unsigned char)*p >= 0x80)
			printf("\\x%02x", (unsigned char)*p);
		else
			putchar(*p);
	}
	printf("\n  ...\n");
}

void
machine_test(const struct job *j, const char *word)
{
	const char *slash = strrchr(j->path, '/');
	struct rec *r;

	if (!m.json && !m.junit_path && !m.tap)
		return;
	if (m.n == m.cap) {
		m.cap = m.cap ? 2 * m.cap : 256;
		m.recs = xrealloc(m.recs, m.cap * sizeof(*m.recs));
	}
	r = &m.recs[m.n++];
	r->path = xstrdup(j->path);
	r->test = xstrdup(slash ? slash + 1 : j->path);
	r->package = package_of(j->path);
	r->word = word ? word : words[j->status];
	r->failed = word || j->status == ST_FAIL || j->status == ST_FIXED;
	r->skipped = !r->failed && (j->status == ST_SKIP ||
				    j->status == ST_BUG);
	r->secs = j->secs;
	r->msg = r->failed || r->skipped ? reason(j, word) : NULL;
	if (m.json)
		json_test(j, r);
	if (m.tap)
		tap_test(r, m.n);
}

/* The packages of the records in first-seen order: indexes of their first
 * record. Malloc'd, *N set. */
static size_t *
packages(size_t *n)
{
	size_t *v = xcalloc(m.n + 1, sizeof(*v)), i, k;

	*n = 0;
	for (i = 0; i < m.n; i++) {
		for (k = 0; k < *n && strcmp(m.recs[v[k]].package,
					     m.recs[i].package); k++)
			;
		if (k == *n)
			v[(*n)++] = i;
	}
	return v;
}

/* ",\"Tests\":[...]": every test of package PKG the run selected, in
 * this shard or another. Malloc'd. */
static char *
tests_field(const char *pkg)
{
	struct strbuf sb;
	char *res;
	size_t i;
	int first = 1;

	strbuf_init(&sb, 0);
	strbuf_addstr(&sb, ",\"Tests\":[");
	for (i = 0; i < m.nwants; i++)
		if (!strcmp(m.wants[i].package, pkg)) {
			strbuf_addstr(&sb, first ? "" : ",");
			json_string(&sb, m.wants[i].path,
				    strlen(m.wants[i].path));
			first = 0;
		}
	strbuf_addstr(&sb, "]");
	res = strbuf_detach(&sb);
	strbuf_release(&sb);
	return res;
}

/* Each package's closing events: its verdict, time and list of tests;
 * a package with no test in this shard is go test's "[no test files]". */
static void
json_close(const size_t *pkg, size_t npkg)
{
	char line[4096], *tests, *extra;
	struct rec none;
	size_t p, i, k;
	double secs;
	int failed;

	for (p = 0; p < npkg; p++) {
		secs = 0;
		failed = 0;
		for (i = pkg[p]; i < m.n; i++)
			if (!strcmp(m.recs[i].package, m.recs[pkg[p]].package)) {
				secs += m.recs[i].secs;
				failed |= m.recs[i].failed;
			}
		snprintf(line, sizeof(line), "%s\t%s\t%.3fs\n",
			 failed ? "FAIL" : "ok  ", m.recs[pkg[p]].package, secs);
		event(&m.recs[pkg[p]], 1, "output", line, strlen(line), "");
		tests = tests_field(m.recs[pkg[p]].package);
		extra = xasprintf(",\"Elapsed\":%.3f%s", secs, tests);
		event(&m.recs[pkg[p]], 1, failed ? "fail" : "pass", NULL, 0,
		      extra);
		free(extra);
		free(tests);
	}
	for (i = 0; i < m.nwants; i++) {	/* packages of other shards */
		for (k = 0; k < m.n && strcmp(m.recs[k].package,
					      m.wants[i].package); k++)
			;
		for (p = 0; k == m.n && p < i && strcmp(m.wants[p].package,
						       m.wants[i].package); p++)
			;
		if (k < m.n || p < i)
			continue;
		none.package = m.wants[i].package;
		snprintf(line, sizeof(line), "?   \t%s\t[no test files]\n",
			 none.package);
		event(&none, 1, "output", line, strlen(line), "");
		tests = tests_field(none.package);
		event(&none, 1, "skip", NULL, 0, tests);
		free(tests);
	}
}

/* S as XML character data or an attribute value: markup characters as
 * entities, bytes XML 1.0 cannot hold (control bytes, invalid UTF-8) as
 * "\xNN" text. */
static void
xml_text(FILE *f, const char *s)
{
	struct strbuf sb;
	const char *p;

	strbuf_init(&sb, 0);
	json_string(&sb, s, strlen(s));	/* valid UTF-8, controls escaped */
	for (p = sb.buf + 1; p < sb.buf + sb.len - 1; p++) {
		if (*p == '\\' && p[1] == 'n')
			fputs("&#10;", f), p++;
		else if (*p == '\\' && p[1] == 't')
			fputs("&#9;", f), p++;
		else if (*p == '\\' && (p[1] == '"' || p[1] == '\\'))
			fputs(p[1] == '"' ? "&quot;" : "\\", f), p++;
		else if (*p == '\\' && p[1] == 'u' && !strncmp(p + 2, "fffd", 4))
			fputs("\xef\xbf\xbd", f), p += 5;	/* U+FFFD */
		else if (*p == '\\' && p[1] == 'u')
			fprintf(f, "\\x%.2s", p + 4), p += 5;
		else if (*p == '<' || *p == '>' || *p == '&' || *p == '\'')
			fputs(*p == '<' ? "&lt;" : *p == '>' ? "&gt;" :
			      *p == '&' ? "&amp;" : "&apos;", f);
		else
			fputc(*p, f);
	}
	strbuf_release(&sb);
}

/* The first line of S, for a message attribute. Malloc'd. */
static char *
first_line(const char *s)
{
	return xstrndup(s, strcspn(s, "\n"));
}

static void
junit_case(FILE *f, const struct rec *r)
{
	char *head;

	fputs("    <testcase classname=\"", f);
	xml_text(f, r->package);
	fputs("\" name=\"", f);
	xml_text(f, r->test);
	fprintf(f, "\" time=\"%.3f\"", r->secs);
	if (!r->failed && !r->skipped) {
		fputs("/>\n", f);
		return;
	}
	head = first_line(r->msg ? r->msg : "");
	fprintf(f, ">\n      <%s message=\"", r->failed ? "failure" : "skipped");
	xml_text(f, head);
	fprintf(f, "\" type=\"%s\">", r->word);
	xml_text(f, r->msg ? r->msg : "");
	fprintf(f, "</%s>\n    </testcase>\n", r->failed ? "failure" :
		"skipped");
	free(head);
}

/* The JUnit file: a <testsuite> per package. Return 0, or -1. */
static int
junit_write(const size_t *pkg, size_t npkg)
{
	FILE *f = fopen(m.junit_path, "w");
	size_t p, i, n, nf, ns, all = 0, allf = 0, alls = 0;
	double secs, total = 0;

	if (!f)
		return -1;
	for (i = 0; i < m.n; i++) {
		all++, allf += m.recs[i].failed, alls += m.recs[i].skipped;
		total += m.recs[i].secs;
	}
	fprintf(f, "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<testsuites "
		"tests=\"%zu\" failures=\"%zu\" skipped=\"%zu\" errors=\"0\" "
		"time=\"%.3f\">\n", all, allf, alls, total);
	for (p = 0; p < npkg; p++) {
		n = nf = ns = 0;
		secs = 0;
		for (i = pkg[p]; i < m.n; i++)
			if (!strcmp(m.recs[i].package, m.recs[pkg[p]].package)) {
				n++, nf += m.recs[i].failed;
				ns += m.recs[i].skipped, secs += m.recs[i].secs;
			}
		fputs("  <testsuite name=\"", f);
		xml_text(f, m.recs[pkg[p]].package);
		fprintf(f, "\" tests=\"%zu\" failures=\"%zu\" errors=\"0\" "
			"skipped=\"%zu\" time=\"%.3f\">\n", n, nf, ns, secs);
		for (i = pkg[p]; i < m.n; i++)
			if (!strcmp(m.recs[i].package, m.recs[pkg[p]].package))
				junit_case(f, &m.recs[i]);
		fputs("  </testsuite>\n", f);
	}
	fputs("</testsuites>\n", f);
	return ferror(f) | (fclose(f) != 0) ? -1 : 0;
}

int
machine_close(void)
{
	size_t npkg, i, *pkg = packages(&npkg);
	int rc = 0;

	if (m.json) {
		json_close(pkg, npkg);
		if (m.json == stdout ? fflush(stdout) != 0 :
		    ferror(m.json) | (fclose(m.json) != 0)) {
			warn("-json %s: %s", m.json_path, strerror(errno));
			rc = -1;
		}
	}
	if (m.junit_path && junit_write(pkg, npkg) < 0) {
		warn("-junit %s: %s", m.junit_path, strerror(errno));
		rc = -1;
	}
	if (m.tap)
		printf("1..%zu\n", m.n);
	fflush(stdout);
	for (i = 0; i < m.n; i++) {
		free(m.recs[i].package);
		free(m.recs[i].test);
		free(m.recs[i].path);
		free(m.recs[i].msg);
	}
	for (i = 0; i < m.nwants; i++) {
		free(m.wants[i].package);
		free(m.wants[i].path);
	}
	free(m.wants);
	free(m.recs);
	free(pkg);
	memset(&m, 0, sizeof(m));
	return rc;
}
