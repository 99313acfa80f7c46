/*
 * helper-cc: the fake C compiler half of the helper (helper.c), called
 * through the "fakecc" symlink. "// CC: CMD" lines of its sources script
 * it: hang, crash, spew N, error, warn, litter, require FLAG. Otherwise
 * it compiles nothing and writes OUT as a shell script that runs the
 * helper again with the words of the source's "// PROG:" line.
 * "fakecc --version R" prints "fakecc version R", a release to read.
 */
#define _POSIX_C_SOURCE 200809L
#define _DEFAULT_SOURCE

#include "helper.h"

#include <limits.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

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
			if (e > p && e[-1] == '\r')
				e--;	/* a CRLF source */
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
			    (int)(e - p - (e > p && e[-1] == '\r')), p);
	}
}

static void
spew(const char *src, long bytes)
{
	char line[128];
	int n;

	setvbuf(stderr, NULL, _IOFBF, 1 << 16);
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

/* The folder of source SRC, absolute, in BUF. */
static const char *
srcdir(const char *src, char *buf)
{
	char *slash;

	if (!realpath(src, buf))
		die("cannot resolve source path");
	slash = strrchr(buf, '/');
	if (slash)
		*slash = '\0';
	return buf;
}


/* What a careless compiler leaves behind in its folder and the one above:
 * an object file, a folder locked with mode 000, a link to the source
 * folder (whose removal must not follow it) and a file in "..". */
static void
litter(const char *src)
{
	char dir[PATH_MAX], up[64];

	put("litter.o", "object\n");
	if (mkdir("objs", 0755) != 0)
		die("mkdir failed");
	put("objs/x.o", "object\n");
	if (chmod("objs", 0) != 0 || symlink(srcdir(src, dir), "srcdir") != 0)
		die("cannot lock or link");
	snprintf(up, sizeof up, "../litter-%ld", (long)getpid());
	put(up, "left in the run folder\n");
}

/* Write OUT as a script running this binary with the PROG: words; the
 * word {srcdir} becomes the absolute folder of the first source. */
static void
emit(const char *out, const char *firstsrc)
{
	char self[PATH_MAX], prog[1024], dir[PATH_MAX], *w;
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
			shquote(f, strcmp(w, "{srcdir}") == 0 ?
			    srcdir(firstsrc, dir) : w);
		}
		fputs(" \"$@\"\n", f);
	} else {
		fputs("exit 0\n", f);
	}
	free(text);
	if (fclose(f) != 0 || chmod(out, 0755) != 0)
		die("cannot write output");
}

/* Is WORD one of ARGV[1..argc)? */
static int
has_arg(int argc, char **argv, const char *word)
{
	int i;

	for (i = 1; i < argc; i++)
		if (strcmp(argv[i], word) == 0)
			return 1;
	return 0;
}

int
fakecc(int argc, char **argv)
{
	const char *out = NULL, *src = NULL, *firstsrc = NULL;
	char cmd[256] = "";
	char *text;
	size_t len;
	int i, err = 0, warn = 0;

	if (argc >= 2 && strcmp(argv[1], "--version") == 0) {
		printf("fakecc version %s\n", argc > 2 ? argv[2] : "1.0");
		return 0;
	}
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
		if (strncmp(cmd, "litter", 6) == 0 && src == firstsrc)
			litter(src);
		if (strncmp(cmd, "require ", 8) == 0 &&
		    !has_arg(argc, argv, cmd + 8)) {
			fprintf(stderr, "%s:1: error: %s was not passed to the "
				"compiler\n", src, cmd + 8);
			return 1;
		}
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

