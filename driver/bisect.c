/* "rundriver bisect": git's own bisect driven over a compiler's history
 * in a temporary worktree: at each step the build command, then the
 * tests with -bisect, then "git bisect good|bad|skip" from the answer.
 * The user's checkout is never touched; the worktree and the bisect
 * state go away at the end, on an error and on SIGINT. */
#define _GNU_SOURCE
#include "bisect.h"
#include "config.h"
#include "flags.h"
#include "proc.h"
#include "strbuf.h"
#include "tmpdir.h"
#include "util.h"

#include <errno.h>
#include <signal.h>
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/wait.h>
#include <unistd.h>

/* The exit statuses of "rundriver -bisect" (flags.h). */
enum { TEST_PASS = 0, TEST_FAIL = 1, TEST_SKIP = 125 };

/* One bisection. */
struct bisect {
	const char *repo, *good, *bad, *build;
	int fix, verbose;
	char **pass;		/* the run's flags and tests, as given */
	size_t npass;
	char *tmp, *wt;		/* the temp folder, the worktree in it */
	int step, total, skipped;
};

/* Its own flags, the rest goes to the test runs. */
static const struct flag_own owns[] = {
	{ "repo", offsetof(struct bisect, repo) },
	{ "good", offsetof(struct bisect, good) },
	{ "bad", offsetof(struct bisect, bad) },
	{ "build", offsetof(struct bisect, build) },
};

static volatile sig_atomic_t stop_sig;
static struct bisect *live;	/* what cleanup removes */

/* Remove the worktree (its bisect state with it) and the temp folder. */
static void
cleanup(void)
{
	char *argv[] = { "git", "-C", NULL, "worktree", "remove", "--force",
			 NULL, NULL }, *out;
	struct bisect *b = live;
	volatile sig_atomic_t never = 0;

	if (!b)
		return;
	live = NULL;
	argv[2] = (char *)b->repo;
	argv[6] = b->wt;
	proc_follow(argv, NULL, &out, &never);
	free(out);
	if (tmpdir_remove(b->tmp) < 0)
		warn("bisect: cannot remove %s: %s", b->tmp, strerror(errno));
	argv[4] = "prune";
	argv[5] = NULL;
	proc_follow(argv, NULL, &out, &never);
	free(out);
}

/* After a child: on a signal, clean up and die of it. */
static void
check_stop(void)
{
	int sig = stop_sig;

	if (!sig)
		return;
	warn("bisect: interrupted by signal %d (%s): worktree removed",
	     sig, proc_signame(sig));
	cleanup();
	signal(sig, SIG_DFL);
	raise(sig);
	_exit(128 + sig);
}

/* Run "git -C DIR ARGS..." (NULL-terminated); its output in *OUT
 * (malloc'd, or freed when OUT is NULL); return its wait status. */
static int
git(const char *dir, char **out, ...)
{
	char *argv[16] = { "git", "-C", (char *)dir }, *text;
	size_t n = 3;
	va_list ap;
	int st;

	va_start(ap, out);
	while (n < 15 && (argv[n] = va_arg(ap, char *)))
		n++;
	va_end(ap);
	argv[n] = NULL;
	st = proc_follow(argv, NULL, &text, &stop_sig);
	check_stop();
	if (out)
		*out = text ? text : xstrdup("");
	else
		free(text);
	return st;
}

/* The full name of revision REV of the repository, or a fatal error. */
static char *
resolve(const struct bisect *b, const char *flag, const char *rev)
{
	char *spec = xasprintf("%s^{commit}", rev), *out, *nl;
	int st = git(b->repo, &out, "rev-parse", "--verify", "--quiet", spec,
		     NULL);

	free(spec);
	if (st != 0)
		fatal("bisect: -%s %s: no such commit in %s", flag, rev,
		      b->repo);
	if ((nl = strchr(out, '\n')))
		*nl = '\0';
	return out;
}

/* Split ARGV into the bisect's own flags and the run's; check both. */
static void
parse(struct bisect *b, int argc, char **argv)
{
	struct options opt;
	char err[512], **check;
	const char *a;
	size_t i;
	int j;

	for (j = 0; j < argc; j++) {
		a = argv[j] + (argv[j][0] == '-') + (argv[j][0] == '-' &&
						      argv[j][1] == '-');
		if (flags_own(owns, sizeof(owns) / sizeof(owns[0]), b, argc,
			      argv, &j, "bisect"))
			continue;
		if (a != argv[j] && strcmp(a, "fix") == 0) {
			b->fix = 1;
		} else {
			b->verbose |= strcmp(argv[j], "-v") == 0;
			b->pass = xrealloc(b->pass, (b->npass + 1) *
					   sizeof(char *));
			b->pass[b->npass++] = argv[j];
		}
	}
	if (!b->repo || !b->good || !b->bad)
		fatal("bisect: need -repo DIR, -good REV and -bad REV");
	check = xcalloc(b->npass + 2, sizeof(char *));
	check[0] = "rundriver";
	for (i = 0; i < b->npass; i++)
		check[i + 1] = b->pass[i];
	if (flags_parse(&opt, (int)b->npass + 1, check, err, sizeof(err)) < 0)
		fatal("bisect: %s", err);
	if (opt.npaths == 0)
		fatal("bisect: name the tests to run");
	if (opt.bisect)
		fatal("bisect: -bisect is implied; use -fix to hunt a fix");
	free(check);
}

/* S with every "{worktree}" replaced by WT. Malloc'd. */
static char *
subst(const char *s, const char *wt)
{
	struct strbuf sb;
	const char *p;
	char *res;

	strbuf_init(&sb, 0);
	while ((p = strstr(s, "{worktree}"))) {
		strbuf_add(&sb, s, (size_t)(p - s));
		strbuf_addstr(&sb, wt);
		s = p + 10;
	}
	strbuf_addstr(&sb, s);
	res = strbuf_detach(&sb);
	strbuf_release(&sb);
	return res;
}

/* The line starting at P, without its newline. Malloc'd. */
static char *
line_at(const char *p)
{
	const char *eol = strchr(p, '\n');

	return xstrndup(p, eol ? (size_t)(eol - p) : strlen(p));
}

/* The first line starting with PREFIX in OUT, or NULL. */
static const char *
find_line(const char *out, const char *prefix)
{
	const char *p = out;

	for (; p; p = strchr(p, '\n') ? strchr(p, '\n') + 1 : NULL)
		if (strncmp(p, prefix, strlen(prefix)) == 0)
			return p;
	return NULL;
}

/* The last "rundriver: " line of OUT, without the prefix. Malloc'd. */
static char *
last_message(const char *out)
{
	const char *p = out, *last = NULL;

	while ((p = find_line(p, "rundriver: "))) {
		last = p;
		p += 11;
	}
	return last ? line_at(last + 11) : xstrdup("no message");
}

/* What a failing run says: "FAIL path (first line of the reason)".
 * Malloc'd. */
static char *
failure_of(const char *out)
{
	const char *f = find_line(out, "FAIL\t"), *p;
	char *path, *hdr, *why = NULL, *res;

	if (!f)
		f = find_line(out, "FIXED\t");
	if (!f)
		return xstrdup("FAIL");
	f = strchr(f, '\t') + 1;
	path = xstrndup(f, strcspn(f, "\t\n"));
	hdr = xasprintf("# rundriver -- %s\n", path);
	if ((p = strstr(out, hdr))) {
		for (p += strlen(hdr); *p == '\n'; p++)
			;
		why = line_at(p);
	}
	res = why && *why ? xasprintf("FAIL %s (%s)", path, why) :
			    xasprintf("FAIL %s", path);
	free(why);
	free(hdr);
	free(path);
	return res;
}

/* Build the commit checked out in the worktree, run the tests on it and
 * say what it is: the mark for git bisect, the text of its step line in
 * *WHAT (malloc'd). A run that stops for a usage or profile error stops
 * the bisection. */
static const char *
judge(struct bisect *b, char **what)
{
	char *sh[] = { "sh", "-c", NULL, NULL }, **argv, *out, *msg;
	size_t i;
	int st, code;

	if (b->build) {
		sh[2] = subst(b->build, b->wt);
		st = proc_follow(sh, b->wt, &out, &stop_sig);
		free(sh[2]);
		check_stop();
		if (b->verbose && out)
			fputs(out, stdout);
		free(out);
		if (st != 0) {
			char how[64];

			proc_describe(st, how, sizeof(how));
			*what = xasprintf("skip (build failed: %s)",
					  st < 0 ? "cannot start sh" : how);
			return "skip";
		}
	}
	argv = xcalloc(b->npass + 3, sizeof(char *));
	argv[0] = "rundriver";
	argv[1] = "-bisect";
	for (i = 0; i < b->npass; i++)
		argv[i + 2] = subst(b->pass[i], b->wt);
	st = proc_follow_self(argv, &out, &stop_sig);
	for (i = 0; i < b->npass; i++)
		free(argv[i + 2]);
	free(argv);
	check_stop();
	if (b->verbose && out)
		fputs(out, stdout);
	code = st >= 0 && WIFEXITED(st) ? WEXITSTATUS(st) : -1;
	if (code == TEST_PASS) {
		*what = xstrdup("ok");
	} else if (code == TEST_FAIL) {
		*what = failure_of(out);
	} else if (code == TEST_SKIP) {
		msg = last_message(out);
		*what = xasprintf("skip (%s)", msg);
		free(msg);
	} else {
		msg = last_message(out ? out : "");
		fatal("bisect: the test run stopped the bisection (exit %d): %s",
		      code, msg);
	}
	free(out);
	return code == TEST_SKIP ? "skip" :
	       code == TEST_PASS ? (b->fix ? "fixed" : "good") :
				   (b->fix ? "broken" : "bad");
}

/* The short name and subject of commit REV. Malloc'd. */
static char *
describe(const struct bisect *b, const char *rev)
{
	char *out, *nl;

	git(b->wt, &out, "log", "-1", "--format=%h  %s", rev, NULL);
	if ((nl = strchr(out, '\n')))
		*nl = '\0';
	return out;
}

/* Read what git bisect said in OUT: 1 when it names the first bad (or
 * fixed) commit, printed; -1 when only skipped commits are left; else 0:
 * step b->step is checked out, and the estimate of the steps updated. */
static int
heard(struct bisect *b, const char *out)
{
	const char *p = strstr(out, " is the first "), *q;
	char *sha, *d;
	int left;

	if (p) {
		for (q = p; q > out && q[-1] != '\n'; q--)
			;
		sha = xstrndup(q, (size_t)(p - q));
		d = describe(b, sha);
		printf("first %s commit: %s\n", b->fix ? "fixed" : "bad", d);
		free(d);
		free(sha);
		return 1;
	}
	if ((p = strstr(out, "only 'skip'ped commits left"))) {
		printf("cannot tell: only skipped commits are left; the first "
		       "%s commit is one of:\n", b->fix ? "fixed" : "bad");
		for (p = strstr(p, "could be any of:\n"); p && (p = strchr(p,
		     '\n')) && strspn(p + 1, "0123456789abcdef") >= 40; p++) {
			sha = xstrndup(p + 1, 40);
			d = describe(b, sha);
			printf("  %s\n", d);
			free(d);
			free(sha);
		}
		return -1;
	}
	if ((p = strstr(out, "(roughly ")) && sscanf(p, "(roughly %d", &left))
		b->total = b->step + left;
	else
		b->total = b->step;
	return 0;
}

/* Make the worktree and start git bisect in it. */
static void
start(struct bisect *b, char **out)
{
	char *good = resolve(b, "good", b->good), *bad = resolve(b, "bad",
								 b->bad);

	b->tmp = tmpdir_create();
	b->wt = xasprintf("%s/worktree", b->tmp);
	live = b;
	atexit(cleanup);
	proc_catch(&stop_sig);
	if (git(b->repo, out, "worktree", "add", "--detach", "--quiet", b->wt,
		bad, NULL) != 0)
		fatal("bisect: git worktree add failed: %s", *out);
	free(*out);
	if (b->fix ? git(b->wt, out, "bisect", "start", "--term-old=broken",
			 "--term-new=fixed", good, bad, NULL) :
		     git(b->wt, out, "bisect", "start", bad, good, NULL))
		fatal("bisect: git bisect start failed: %s", *out);
	printf("bisecting %s..%s of %s for the first %s commit "
	       "(worktree %s)\n", b->fix ? b->bad : b->good,
	       b->fix ? b->good : b->bad, b->repo, b->fix ? "fixed" : "bad",
	       b->wt);
	free(good);
	free(bad);
}

int
bisect_main(int argc, char **argv)
{
	struct bisect b;
	const char *mark;
	char *out, *what, *d;
	int found = 0, st;

	memset(&b, 0, sizeof(b));
	parse(&b, argc, argv);
	if (!config_runnable("git"))
		fatal("bisect: git is not installed");
	if (git(b.repo, NULL, "rev-parse", "--git-dir", NULL) != 0)
		fatal("bisect: -repo %s: not a git repository", b.repo);
	start(&b, &out);
	b.step = 1;
	found = heard(&b, out);
	while (!found) {
		free(out);
		d = describe(&b, "HEAD");
		mark = judge(&b, &what);
		printf("step %d/%d  %s: %s\n", b.step, b.total, d, what);
		fflush(stdout);
		b.skipped += strcmp(mark, "skip") == 0;
		free(what);
		free(d);
		st = git(b.wt, &out, "bisect", mark, NULL);
		b.step++;
		found = heard(&b, out);
		if (!found && st != 0)
			fatal("bisect: git bisect %s failed: %s", mark, out);
	}
	free(out);
	printf("%d commit%s skipped\n", b.skipped, b.skipped == 1 ? "" : "s");
	cleanup();
	free(b.pass);
	free(b.wt);
	free(b.tmp);
	return found > 0 ? 0 : 1;
}
