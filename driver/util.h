#ifndef RUNDRIVER_UTIL_H
#define RUNDRIVER_UTIL_H

#include <stdarg.h>
#include <stddef.h>

/* The exit statuses of errors: the user's (usage, profile, driver) and
 * the compiler's (it cannot be run at all). -bisect sets 255 and 125 for
 * git bisect run; otherwise both are 2. */
extern int exit_usage, exit_unusable;
/* Report a usage, profile or set-up error and exit with exit_usage. */
_Noreturn void fatal(const char *fmt, ...);
/* Report that the compiler under test cannot be run at all and exit with
 * exit_unusable. */
_Noreturn void fatal_unusable(const char *fmt, ...);
/* Report a broken internal invariant and abort. */
_Noreturn void bug(const char *fmt, ...);
/* Print "rundriver: MESSAGE" to stderr and carry on. */
void warn(const char *fmt, ...);

/* malloc/calloc/realloc/strdup that never return NULL; caller frees. */
void *xmalloc(size_t n);
void *xcalloc(size_t n, size_t size);
void *xrealloc(void *p, size_t n);
char *xstrdup(const char *s);
char *xstrndup(const char *s, size_t n);
/* printf into a fresh malloc'd string; caller frees. */
char *xasprintf(const char *fmt, ...);
char *xvasprintf(const char *fmt, va_list ap);
/* qsort comparator for an array of strings, bytewise. */
int cmp_strp(const void *a, const void *b);

/* Free a NULL-terminated array of malloc'd strings and the array. */
void free_strv(char **v);
/* Append S (now the vector's) to the malloc'd, NULL-terminated vector
 * *V of *N strings. */
void strv_push(char ***v, size_t *n, char *s);
/* Seconds on CLOCK_MONOTONIC. */
double now_mono(void);
/* Whole contents of the regular file PATH as a NUL-terminated malloc'd
 * string (length in *len); NULL with errno set on failure (EINVAL for a
 * FIFO or device, EISDIR for a folder). Caller frees. */
char *slurp_file(const char *path, size_t *len);
/* Write TEXT[0..len) to PATH whole or not at all: into PATH.PID.tmp, then
 * renamed over PATH, so that a reader (another run, too) sees the old
 * file or the new one. 0, or -1 with errno set (and no file left). */
int write_whole(const char *path, const char *text, size_t len);
/* Does S end with SUFFIX? */
int has_suffix(const char *s, const char *suffix);
/* The part of PATH after its last '/'; points into PATH. */
const char *base_name(const char *path);
/* Where the last folder of PATH named NAME ("bugs" in "t/bugs/x.c")
 * starts, pointing into PATH; NULL when no folder of PATH has that name. */
const char *path_folder(const char *path, const char *name);

#endif
