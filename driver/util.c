/* Small helpers every module uses: fatal/bug/warn, allocation that
 * cannot fail, file slurping, path pieces, the monotonic clock. No
 * module state. */
#define _POSIX_C_SOURCE 200809L
#include "util.h"

#include <errno.h>
#include <fcntl.h>
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <time.h>
#include <unistd.h>

static void
vreport(const char *prefix, const char *fmt, va_list ap)
{
	fflush(stdout);
	fprintf(stderr, "rundriver: %s", prefix);
	vfprintf(stderr, fmt, ap);
	fputc('\n', stderr);
}

int exit_usage = 2, exit_unusable = 2;

void
fatal(const char *fmt, ...)
{
	va_list ap;

	va_start(ap, fmt);
	vreport("", fmt, ap);
	va_end(ap);
	exit(exit_usage);
}

void
fatal_unusable(const char *fmt, ...)
{
	va_list ap;

	va_start(ap, fmt);
	vreport("", fmt, ap);
	va_end(ap);
	exit(exit_unusable);
}

void
bug(const char *fmt, ...)
{
	va_list ap;

	va_start(ap, fmt);
	vreport("internal error: ", fmt, ap);
	va_end(ap);
	abort();
}

void
warn(const char *fmt, ...)
{
	va_list ap;

	va_start(ap, fmt);
	vreport("", fmt, ap);
	va_end(ap);
}

void *
xmalloc(size_t n)
{
	void *p = malloc(n ? n : 1);

	if (!p)
		fatal("out of memory");
	return p;
}

void *
xcalloc(size_t n, size_t size)
{
	void *p = calloc(n ? n : 1, size ? size : 1);

	if (!p)
		fatal("out of memory");
	return p;
}

void *
xrealloc(void *p, size_t n)
{
	p = realloc(p, n ? n : 1);
	if (!p)
		fatal("out of memory");
	return p;
}

char *
xstrdup(const char *s)
{
	return xstrndup(s, strlen(s));
}

char *
xstrndup(const char *s, size_t n)
{
	char *p = xmalloc(n + 1);

	memcpy(p, s, n);
	p[n] = '\0';
	return p;
}

char *
xvasprintf(const char *fmt, va_list ap)
{
	va_list aq;
	int n;
	char *p;

	va_copy(aq, ap);
	n = vsnprintf(NULL, 0, fmt, aq);
	va_end(aq);
	if (n < 0)
		bug("vsnprintf failed for %s", fmt);
	p = xmalloc((size_t)n + 1);
	vsnprintf(p, (size_t)n + 1, fmt, ap);
	return p;
}

char *
xasprintf(const char *fmt, ...)
{
	va_list ap;
	char *p;

	va_start(ap, fmt);
	p = xvasprintf(fmt, ap);
	va_end(ap);
	return p;
}

int
cmp_strp(const void *a, const void *b)
{
	return strcmp(*(char *const *)a, *(char *const *)b);
}

void
free_strv(char **v)
{
	size_t i;

	for (i = 0; v && v[i]; i++)
		free(v[i]);
	free(v);
}

void
strv_push(char ***v, size_t *n, char *s)
{
	*v = xrealloc(*v, (*n + 2) * sizeof(char *));
	(*v)[(*n)++] = s;
	(*v)[*n] = NULL;
}

double
now_mono(void)
{
	struct timespec ts;

	clock_gettime(CLOCK_MONOTONIC, &ts);
	return (double)ts.tv_sec + (double)ts.tv_nsec / 1e9;
}

char *
slurp_file(const char *path, size_t *len)
{
	/* O_NONBLOCK: opening a FIFO must not wait for a writer */
	int fd = open(path, O_RDONLY | O_NONBLOCK | O_CLOEXEC), saved;
	char *buf = NULL;
	size_t n = 0, cap = 0;
	ssize_t got;
	struct stat st;

	if (fd < 0)
		return NULL;
	if (fstat(fd, &st) < 0)
		saved = errno;
	else if (S_ISDIR(st.st_mode))
		saved = EISDIR;
	else if (!S_ISREG(st.st_mode))
		saved = EINVAL;	/* /dev/zero never ends, a FIFO may never start */
	else
		saved = 0;
	if (saved) {
		close(fd);
		errno = saved;
		return NULL;
	}
	do {
		if (cap - n < 4096) {
			cap = cap ? cap * 2 : 8192;
			buf = xrealloc(buf, cap + 1);
		}
		got = read(fd, buf + n, cap - n);
		if (got > 0)
			n += (size_t)got;
	} while (got > 0 || (got < 0 && errno == EINTR));
	if (got < 0) {
		saved = errno;
		close(fd);
		free(buf);
		errno = saved ? saved : EIO;
		return NULL;
	}
	close(fd);
	buf[n] = '\0';
	if (len)
		*len = n;
	return buf;
}

int
write_whole(const char *path, const char *text, size_t len)
{
	char *tmp = xasprintf("%s.%ld.tmp", path, (long)getpid());
	int fd, ok, saved;

	fd = open(tmp, O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, 0666);
	if (fd < 0) {
		free(tmp);
		return -1;
	}
	ok = write(fd, text, len) == (ssize_t)len;
	ok = close(fd) == 0 && ok;
	ok = ok && rename(tmp, path) == 0;
	saved = errno;
	if (!ok)
		unlink(tmp);
	free(tmp);
	errno = saved;
	return ok ? 0 : -1;
}

int
has_suffix(const char *s, const char *suffix)
{
	size_t n = strlen(s), m = strlen(suffix);

	return n >= m && memcmp(s + n - m, suffix, m) == 0;
}

const char *
base_name(const char *path)
{
	const char *slash = strrchr(path, '/');

	return slash ? slash + 1 : path;
}

const char *
path_folder(const char *path, const char *name)
{
	const char *p = path, *last = NULL;
	size_t n = strlen(name);

	while ((p = strstr(p, name))) {
		if ((p == path || p[-1] == '/') && p[n] == '/')
			last = p;
		p += n;
	}
	return last;
}
