/* A C directive's paths: the flags that take a value, and the relative
 * paths of its flags and arguments resolved against the test's folder,
 * as if a person had run the command there (the command itself runs in
 * the test's temp folder, where compilers drop their litter). */
#define _POSIX_C_SOURCE 200809L
#include "cpath.h"
#include "arena.h"
#include "job.h"
#include "suite.h"

#include <string.h>
#include <unistd.h>

const char *const cpath_value_flags[] = {
	"-include", "-imacros", "-I", "-iquote", "-isystem", "-idirafter",
	"-iprefix", "-iwithprefix", "-D", "-U", "-x", "-o", "-MF", "-MT",
	"-MQ", "--param", "-Xlinker", "-Xassembler", "-Xpreprocessor",
	"-Xclang", "-mllvm", "-l", "-L", "-B", "-T", NULL,
};

/* The flags whose value names an input, read from the test's folder. */
static const char *const input_flags[] = {
	"-include", "-imacros", "-I", "-iquote", "-isystem", "-idirafter",
	"-L", "-B", NULL,
};

/* WORD with {srcdir} and {src} expanded. */
static char *
expand(struct job *j, char *word, const char *srcdir)
{
	char *w = word;

	if (!strchr(w, '{'))
		return w;
	w = arena_replace(&j->arena, w, "{srcdir}", srcdir);
	return arena_replace(&j->arena, w, "{src}", j->abs);
}

/* VALUE, a relative path naming something in folder DIR (with a final
 * '/'), from DIR; else VALUE itself (an absolute path, or one the
 * compiler's own search finds, as "-include stdio.h"). */
static char *
from_dir(struct job *j, const char *dir, const char *value)
{
	char *p;

	if (!*value || value[0] == '/')
		return (char *)value;
	p = arena_printf(&j->arena, "%s%s", dir, value);
	return access(p, F_OK) == 0 ? p : (char *)value;
}

/* The input flag FLAG is, with its value glued on when it is one word
 * ("-Iinc"): its length, or 0 when W is no input flag. */
static size_t
input_flag(const char *w)
{
	size_t i, n;

	for (i = 0; input_flags[i]; i++) {
		n = strlen(input_flags[i]);
		if (strncmp(w, input_flags[i], n) == 0)
			return n;
	}
	return 0;
}

/* The N flags W with {srcdir} and {src} expanded and the relative inputs
 * of their input flags taken from folder DIR (job memory). */
static char **
resolve_flags(struct job *j, char **w, size_t n, const char *dir,
	      const char *srcdir)
{
	char **f = arena_alloc(&j->arena, (n + 1) * sizeof(char *));
	size_t i, k;

	for (i = 0; i < n; i++) {
		f[i] = expand(j, w[i], srcdir);
		k = input_flag(f[i]);
		if (k && !f[i][k] && i + 1 < n) {
			f[i + 1] = from_dir(j, dir, expand(j, w[i + 1], srcdir));
			i++;
		} else if (k && f[i][k]) {
			f[i] = arena_printf(&j->arena, "%.*s%s", (int)k, f[i],
					    from_dir(j, dir, f[i] + k));
		}
	}
	return f;
}

char **
cpath_resolve(struct job *j)
{
	char *srcdir = arena_strndup(&j->arena, j->absdir,
				     strlen(j->absdir) - 1);
	char **a = arena_alloc(&j->arena, (j->rec.nargs + 1) * sizeof(char *));
	size_t i;

	j->rec.flags = resolve_flags(j, j->rec.flags, j->rec.nflags, j->absdir,
				     srcdir);
	for (i = 0; i < j->rec.nargs; i++) {
		a[i] = expand(j, j->rec.args[i], srcdir);
		if (a[i][0] != '-')
			a[i] = from_dir(j, j->absdir, a[i]);
	}
	j->rec.args = a;
	return j->suite ? resolve_flags(j, j->suite->flags, j->suite->nflags,
					j->suite->root, srcdir) : NULL;
}
