/*
 * helper: a program that misbehaves on purpose, for the end-to-end tests.
 *
 * Called as "fakecc" (through a symlink) it is a fake C compiler driven by
 * "// CC: CMD" lines in its sources: hang, crash, spew N, error, warn.
 * Otherwise it compiles nothing and writes OUT as a shell script that runs
 * the helper again with the words of the source's "// PROG:" line.
 *
 * Called under any other name, argv[1] picks a misbehaviour from the table
 * of modes at the bottom of this file: print, exit, sleep, loop, flood,
 * grandchild, setsid, ignoreterm, signal, forkmany.
 */
#define _POSIX_C_SOURCE 200809L
#define _DEFAULT_SOURCE

#include <errno.h>
#include <limits.h>
#include <signal.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/resource.h>
#include <sys/stat.h>
#include <unistd.h>

#define LONGSLEEP 1000

static const char *progname = "helper";

static void
die(const char *msg)
{
	fprintf(stderr, "%s: %s\n", progname, msg);
	exit(100);
}

static long
number(const char *s)
{
	char *end;
	long n;

	errno = 0;
	n = strtol(s, &end, 10);
	if (errno || end == s || *end || n < 0)
		die("bad number");
	return n;
}

/* Print argv words joined by spaces, then a newline; unbuffered. */
static void
say(int argc, char **argv)
{
	int i;

	for (i = 0; i < argc; i++)
		printf("%s%s", i ? " " : "", argv[i]);
	if (argc > 0)
		printf("\n");
	fflush(stdout);
}

static void
forever(void)
{
	for (;;)
		pause();
}

/* Fork a child that sleeps long with stdout/stderr still open. */
static void
spawn_sleeper(int newsession)
{
	pid_t pid;

	pid = fork();
	if (pid < 0)
		die("fork failed");
	if (pid == 0) {
		if (newsession && setsid() < 0)
			die("setsid failed");
		sleep(LONGSLEEP);
		_exit(0);
	}
}

/* ---- fake compiler ---- */

/* Read a whole file into a NUL-terminated buffer; NULL if unreadable. */
static char *
slurp(const char *path)
{
	FILE *f;
	char *buf = NULL;
	size_t len = 0, cap = 0, n;

	f = fopen(path, "rb");
	if (!f)
		return NULL;
	do {
		if (cap - len < 4096) {
			cap = cap ? 2 * cap : 8192;
			buf = realloc(buf, cap + 1);
			if (!buf)
				die("out of memory");
		}
		n = fread(buf + len, 1, cap - len, f);
		len += n;
	} while (n > 0);
	fclose(f);
	buf[len] = '\0';
	return buf;
}

/* Return what follows the first "MARK" in line [s, e), or NULL. */
static const char *
after(const char *s, const char *e, const char *mark)
{
	size_t m = strlen(mark);

	for (; s + m <= e; s++)
		if (memcmp(s, mark, m) == 0)
			return s + m;
	return NULL;
}

/* Copy the rest of the line after "MARK" into out; 0 if no line has it. */
static int
find_line(const char *text, const char *mark, char *out, size_t outlen)
{
	const char *s, *e, *p;

	for (s = text; *s; s = *e ? e + 1 : e) {
		e = strchr(s, '\n');
		if (!e)
			e = s + strlen(s);
		p = after(s, e, mark);
		if (p) {
			snprintf(out, outlen, "%.*s", (int)(e - p), p);
			return 1;
		}
	}
	return 0;
}

/* Print "SRC:LINE:1: KIND: text" for every "// DIAG: text" line. */
static void
diagnose(const char *src, const char *text, const char *kind)
{
	const char *s, *e, *p;
	int line = 1;

	for (s = text; *s; s = *e ? e + 1 : e, line++) {
		e = strchr(s, '\n');
		if (!e)
			e = s + strlen(s);
		p = after(s, e, "// DIAG: ");
		if (p)
			fprintf(stderr, "%s:%d:1: %s: %.*s\n", src, line, kind,
			    (int)(e - p), p);
	}
}

static void
spew(const char *src, long bytes)
{
	char line[128];
	int n;

	n = snprintf(line, sizeof line,
	    "%s:1:1: error: spewing diagnostics on purpose\n", src);
	for (; bytes > 0; bytes -= n)
		fwrite(line, 1, bytes < n ? (size_t)bytes : (size_t)n, stderr);
}

/* Write s to f single-quoted for sh. */
static void
shquote(FILE *f, const char *s)
{
	fputc('\'', f);
	for (; *s; s++)
		if (*s == '\'')
			fputs("'\\''", f);
		else
			fputc(*s, f);
	fputc('\'', f);
}

/* Write OUT as a script running this binary with the PROG: words. */
static void
emit(const char *out, const char *firstsrc)
{
	char self[PATH_MAX], prog[1024], *w;
	ssize_t n;
	char *text;
	FILE *f;

	n = readlink("/proc/self/exe", self, sizeof self - 1);
	if (n < 0)
		die("cannot find own binary");
	self[n] = '\0';
	f = fopen(out, "w");
	if (!f)
		die("cannot write output");
	fputs("#!/bin/sh\n", f);
	text = firstsrc ? slurp(firstsrc) : NULL;
	if (text && find_line(text, "// PROG:", prog, sizeof prog)) {
		fputs("exec ", f);
		shquote(f, self);
		for (w = strtok(prog, " \t"); w; w = strtok(NULL, " \t")) {
			fputc(' ', f);
			shquote(f, w);
		}
		fputs(" \"$@\"\n", f);
	} else {
		fputs("exit 0\n", f);
	}
	free(text);
	if (fclose(f) != 0 || chmod(out, 0755) != 0)
		die("cannot write output");
}

static int
fakecc(int argc, char **argv)
{
	const char *out = NULL, *src = NULL, *firstsrc = NULL;
	char cmd[256] = "";
	char *text;
	size_t len;
	int i, err = 0, warn = 0;

	for (i = 1; i < argc; i++) {
		if (strcmp(argv[i], "-o") == 0 && i + 1 < argc) {
			out = argv[++i];
			continue;
		}
		len = strlen(argv[i]);
		if (len < 2 || strcmp(argv[i] + len - 2, ".c") != 0)
			continue;
		src = argv[i];
		if (!firstsrc)
			firstsrc = src;
		text = slurp(src);
		if (!text) {
			fprintf(stderr, "%s: error: cannot read\n", src);
			return 1;
		}
		if (!*cmd)
			find_line(text, "// CC: ", cmd, sizeof cmd);
		if (strncmp(cmd, "hang", 4) == 0)
			forever();
		if (strncmp(cmd, "crash", 5) == 0)
			abort();
		if (strncmp(cmd, "spew ", 5) == 0) {
			spew(src, number(cmd + 5));
			return 1;
		}
		err = strncmp(cmd, "error", 5) == 0;
		warn = strncmp(cmd, "warn", 4) == 0;
		if (err || warn)
			diagnose(src, text, err ? "error" : "warning");
		free(text);
	}
	if (err)
		return 1;
	if (!out)
		die("no -o");
	emit(out, firstsrc);
	return 0;
}

/* ---- misbehaving child modes ---- */

static int
do_print(int argc, char **argv)
{
	say(argc, argv);
	return 0;
}

static int
do_exit(int argc, char **argv)
{
	int status = (int)number(argv[0]);

	say(argc - 1, argv + 1);
	return status;
}

static int
do_sleep(int argc, char **argv)
{
	(void)argc;
	sleep((unsigned)number(argv[0]));
	return 0;
}

static int
do_loop(int argc, char **argv)
{
	volatile unsigned long n = 0;

	(void)argc;
	(void)argv;
	for (;;)
		n++;
	return 0;
}

static int
do_flood(int argc, char **argv)
{
	char line[80];
	long left = number(argv[0]);
	size_t n;

	(void)argc;
	signal(SIGPIPE, SIG_IGN);
	memset(line, 'x', sizeof line - 1);
	line[sizeof line - 1] = '\n';
	for (; left > 0; left -= (long)n) {
		n = left < (long)sizeof line ? (size_t)left : sizeof line;
		if (fwrite(line, 1, n, stdout) != n)
			return 1;	/* EPIPE: the reader is gone */
	}
	return fflush(stdout) ? 1 : 0;
}

static int
do_grandchild(int argc, char **argv)
{
	(void)argc;
	(void)argv;
	spawn_sleeper(0);
	printf("parent done\n");
	return 0;
}

static int
do_setsid(int argc, char **argv)
{
	(void)argc;
	(void)argv;
	spawn_sleeper(1);
	printf("parent done\n");
	return 0;
}

static int
do_ignoreterm(int argc, char **argv)
{
	(void)argc;
	(void)argv;
	signal(SIGTERM, SIG_IGN);
	signal(SIGINT, SIG_IGN);
	forever();
	return 0;
}

static const struct {
	const char *name;
	int sig;
} signals[] = {
	{"SEGV", SIGSEGV}, {"ABRT", SIGABRT}, {"KILL", SIGKILL},
	{"FPE", SIGFPE}, {"BUS", SIGBUS}, {"TERM", SIGTERM},
	{"INT", SIGINT}, {"HUP", SIGHUP}, {"PIPE", SIGPIPE},
	{"ILL", SIGILL}, {"QUIT", SIGQUIT},
};

static int
do_signal(int argc, char **argv)
{
	size_t i;

	(void)argc;
	for (i = 0; i < sizeof signals / sizeof signals[0]; i++) {
		if (strcmp(argv[0], signals[i].name) != 0)
			continue;
		signal(signals[i].sig, SIG_DFL);
		raise(signals[i].sig);
		die("still alive after raise");
	}
	die("unknown signal name");
	return 0;
}

static int
do_forkmany(int argc, char **argv)
{
	long i, n = number(argv[0]);

	(void)argc;
	for (i = 0; i < n; i++)
		spawn_sleeper(0);
	return 0;
}

static const struct {
	const char *name;
	int minargs;
	int (*fn)(int, char **);
} modes[] = {
	{"print", 0, do_print},
	{"exit", 1, do_exit},
	{"sleep", 1, do_sleep},
	{"loop", 0, do_loop},
	{"flood", 1, do_flood},
	{"grandchild", 0, do_grandchild},
	{"setsid", 0, do_setsid},
	{"ignoreterm", 0, do_ignoreterm},
	{"signal", 1, do_signal},
	{"forkmany", 1, do_forkmany},
};

int
main(int argc, char **argv)
{
	struct rlimit nocore = {0, 0};
	const char *base;
	size_t i;

	/* Deaths by signal must not drop core files into the tree. */
	setrlimit(RLIMIT_CORE, &nocore);
	base = strrchr(argv[0], '/');
	base = base ? base + 1 : argv[0];
	if (strcmp(base, "fakecc") == 0) {
		progname = "fakecc";
		return fakecc(argc, argv);
	}
	if (argc < 2)
		die("usage: helper MODE [ARGS...]");
	for (i = 0; i < sizeof modes / sizeof modes[0]; i++)
		if (strcmp(argv[1], modes[i].name) == 0) {
			if (argc - 2 < modes[i].minargs)
				die("missing argument");
			return modes[i].fn(argc - 2, argv + 2);
		}
	die("unknown mode");
	return 100;
}
