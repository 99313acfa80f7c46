/* "rundriver new": a regression case written in the shape every case of
 * fixedbugs/ and bugs/ has (its directive, the compiler's own tracker
 * entry, its fixed: or bug: line), from a reproducer when one is given;
 * then run, once with -bless or -update_errors under the first profile
 * when asked, and once under every profile, to show its verdicts. */
#define _POSIX_C_SOURCE 200809L
#include "newcase.h"
#include "flags.h"
#include "proc.h"
#include "util.h"

#include <errno.h>
#include <limits.h>
#include <signal.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <sys/wait.h>

/* How a case is named after its tracker: NAME-PREFIX then a number, or,
 * for a bug with no tracker entry, FAMILY-WORDS. */
static const struct naming {
	const char *prefix;	/* of the base name */
	int number;		/* a tracker id follows, else words */
	const char *family;	/* the compiler family it is about */
	const char *tracker;	/* how the id is cited, %s the number */
} namings[] = {
	{ "gcc-pr", 1, "gcc", "gcc PR %s" },
	{ "llvm-gh", 1, "clang", "llvm GH %s" },
	{ "llvm-pr", 1, "clang", "llvm PR %s" },
	{ "gcc-", 0, "gcc", "no tracker entry" },
	{ "clang-", 0, "clang", "no tracker entry" },
	{ "tcc-", 0, "tcc", "no tracker entry" },
	{ "pcc-", 0, "pcc", "no tracker entry" },
};

static const char *const actions[] = { "run", "errorcheck", "compile",
				       "build", "buildrun", NULL };

/* What "new" was asked for. */
struct newcase {
	const char *path, *action, *from, *fixed, *what;
	int bless, update_errors;
	char **pass;		/* the runs' flags */
	size_t npass;
	const struct naming *naming;
	char *id;		/* the tracker id, or NULL */
};

static volatile sig_atomic_t stop_sig;

/* Is S made of what CLASS allows, and not empty? */
static int
only(const char *s, size_t n, const char *class)
{
	return n > 0 && strspn(s, class) >= n;
}

/* Check where the case goes and how it is named; fatal when wrong. */
static void
check_name(struct newcase *nc)
{
	const char *base = base_name(nc->path), *rest;
	size_t i, len, n = strlen(base);
	const char *bugs = path_folder(nc->path, "bugs"),
		   *fixed = path_folder(nc->path, "fixedbugs");

	if ((!bugs || strchr(bugs + 5, '/')) &&
	    (!fixed || strchr(fixed + 10, '/')))
		fatal("new: %s: a case goes straight into a fixedbugs/ or "
		      "bugs/ folder", nc->path);
	if (n < 3 || !has_suffix(base, ".c"))
		fatal("new: %s: a C case is a .c file", nc->path);
	n -= 2;
	for (i = 0; i < sizeof(namings) / sizeof(namings[0]); i++) {
		rest = base + strlen(namings[i].prefix);
		if (strncmp(base, namings[i].prefix, strlen(namings[i].prefix)))
			continue;
		len = n - (size_t)(rest - base);
		if (namings[i].number ? only(rest, len, "0123456789") :
		    only(rest, len, "abcdefghijklmnopqrstuvwxyz0123456789-") &&
		    rest[0] != '-' && rest[len - 1] != '-')
			break;
	}
	if (i == sizeof(namings) / sizeof(namings[0]))
		fatal("new: %s: name a case after its tracker entry: "
		      "gcc-prN.c, llvm-ghN.c, llvm-prN.c, or, for a bug with "
		      "none, COMPILER-WORDS.c (tcc-, gcc-, clang-, pcc-)",
		      nc->path);
	nc->naming = &namings[i];
	if (namings[i].number)
		nc->id = xstrndup(base + strlen(namings[i].prefix),
				  n - strlen(namings[i].prefix));
	if (fixed && !strchr(fixed + 10, '/') && !nc->fixed)
		fatal("new: %s: a fixedbugs/ case needs -fixed '%s RELEASE', "
		      "the release that fixed the bug", nc->path,
		      namings[i].family);
}

/* Split ARGV: new's own flags, the case's path, the runs' flags. */
static void
parse(struct newcase *nc, int argc, char **argv)
{
	static const struct flag_own owns[] = {
		{ "action", offsetof(struct newcase, action) },
		{ "from", offsetof(struct newcase, from) },
		{ "fixed", offsetof(struct newcase, fixed) },
		{ "what", offsetof(struct newcase, what) },
	};
	const char *a;
	size_t k;
	int j;

	/* room for the words run_case adds: up to 4 flags, the path, NULL */
	nc->pass = xcalloc((size_t)argc + 8, sizeof(char *));
	nc->pass[nc->npass++] = "rundriver";
	for (j = 0; j < argc; j++) {
		a = argv[j];
		if (a[0] != '-') {
			if (nc->path)
				fatal("new: one case at a time (%s, %s)",
				      nc->path, a);
			nc->path = a;
			continue;
		}
		a += 1 + (a[1] == '-');
		if (flags_own(owns, sizeof(owns) / sizeof(owns[0]), nc, argc,
			      argv, &j, "new"))
			continue;
		if (strcmp(a, "bless") == 0) {
			nc->bless = 1;
		} else if (strcmp(a, "update_errors") == 0) {
			nc->update_errors = 1;
		} else {
			nc->pass[nc->npass++] = argv[j];
			if (flags_takes_value(argv[j]) && j + 1 < argc)
				nc->pass[nc->npass++] = argv[++j];
		}
	}
	if (!nc->path)
		fatal("new: name the case: rundriver new fixedbugs/gcc-prN.c "
		      "[-action A] [-from FILE] [-fixed 'gcc N'] [-bless] "
		      "[-update_errors] [-profile P,...]");
	if (!nc->action)
		nc->action = "run";
	for (k = 0; actions[k] && strcmp(actions[k], nc->action); k++)
		;
	if (!actions[k])
		fatal("new: -action %s: want run, errorcheck, compile, build "
		      "or buildrun", nc->action);
}

/* The case's text: its recipe, a blank line, the reproducer (or a line
 * that fails until one is written). Malloc'd. */
static char *
case_text(const struct newcase *nc)
{
	const struct naming *nm = nc->naming;
	char *tracker = xasprintf(nm->tracker, nc->id ? nc->id : ""), *body,
	     *what, *res, *line;
	int fixed = nc->fixed != NULL;

	if (nc->from) {
		body = slurp_file(nc->from, NULL);
		if (!body)
			fatal("new: -from %s: %s", nc->from, strerror(errno));
	} else {
		body = xasprintf("#error \"write the reproducer of %s here\"\n",
				 base_name(nc->path));
	}
	what = nc->what ? xstrdup(nc->what) :
	       xasprintf("TODO: what %s does wrong, as checked", nm->family);
	line = fixed ? xasprintf("// fixed: %s\n", nc->fixed) :
		       xasprintf("// bug: %s\n", nm->family);
	res = xasprintf("// %s\n// %s: %s: %s\n%s\n%s%s", nc->action,
			nm->family, tracker, what, line, body,
			*body && body[strlen(body) - 1] != '\n' ? "\n" : "");
	free(line);
	free(what);
	free(body);
	free(tracker);
	return res;
}

/* Write TEXT to PATH, which must not exist yet. */
static void
write_new(const char *path, const char *text)
{
	FILE *f = fopen(path, "wx");

	if (!f || fputs(text, f) == EOF || fclose(f) == EOF)
		fatal("new: cannot write %s: %s", path, strerror(errno));
	fprintf(stderr, "rundriver: new: wrote %s\n", path);
}

/* Run this program on the case with the runs' flags and EXTRA (NULL-
 * terminated words), print what it printed; return its exit status. */
static int
run_case(struct newcase *nc, const char *const *extra)
{
	size_t n = nc->npass, k;
	char *out;
	int st;

	for (k = 0; extra[k]; k++)
		nc->pass[n + k] = (char *)extra[k];
	nc->pass[n + k] = (char *)nc->path;
	nc->pass[n + k + 1] = NULL;
	st = proc_follow_self(nc->pass, &out, &stop_sig);
	if (out)
		fputs(out, stdout);
	fflush(stdout);
	free(out);
	nc->pass[n] = NULL;
	if (stop_sig) {
		signal(stop_sig, SIG_DFL);
		raise(stop_sig);
	}
	return st >= 0 && WIFEXITED(st) ? WEXITSTATUS(st) : 2;
}

int
newcase_main(int argc, char **argv)
{
	struct newcase nc;
	struct options opt;
	struct stat st;
	char err[512], *text, *first, out[PATH_MAX];
	const char *writer[5] = { NULL };
	size_t k = 0;
	int rc;

	memset(&nc, 0, sizeof(nc));
	parse(&nc, argc, argv);
	if (flags_parse(&opt, (int)nc.npass, nc.pass, err, sizeof(err)) < 0)
		fatal("new: %s", err);
	snprintf(out, sizeof(out), "%.*s.out", (int)strlen(nc.path) - 2,
		 nc.path);
	if (lstat(nc.path, &st) == 0 || (nc.bless && lstat(out, &st) == 0))
		fatal("new: %s already exists; nothing written",
		      lstat(nc.path, &st) == 0 ? nc.path : out);
	check_name(&nc);
	text = case_text(&nc);
	write_new(nc.path, text);
	free(text);
	if (nc.fixed && (strcmp(nc.action, "run") == 0 ||
			 strcmp(nc.action, "buildrun") == 0))
		warn("new: a wrong-code case in fixedbugs/ also checks the "
		     "code pattern the bug was about: add an asm check such "
		     "as \"// amd64:`imul`\" in the function concerned, or a "
		     "\"// kind:\" line when it is not wrong code");
	proc_catch(&stop_sig);
	if (nc.bless || nc.update_errors) {
		first = xstrndup(opt.profile ? opt.profile : "cc",
				 strcspn(opt.profile ? opt.profile : "cc", ","));
		writer[k++] = "-profile";
		writer[k++] = first;
		writer[k++] = nc.bless ? "-bless" : "-update_errors";
		if (nc.bless && nc.update_errors)
			writer[k++] = "-update_errors";
		run_case(&nc, writer);
		free(first);
	}
	writer[0] = "-v";
	writer[1] = NULL;
	rc = run_case(&nc, writer);
	free(nc.id);
	free(nc.pass);
	return rc;
}
