/* A growable byte buffer, always NUL-terminated, optionally capped (what
 * passes the cap is counted, not kept): how output is captured. */
#define _POSIX_C_SOURCE 200809L
#include "strbuf.h"
#include "util.h"

#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

void
strbuf_init(struct strbuf *sb, size_t limit)
{
	sb->buf = xmalloc(1);
	sb->buf[0] = '\0';
	sb->len = 0;
	sb->cap = 0;
	sb->limit = limit;
	sb->dropped = 0;
}

static void
strbuf_grow(struct strbuf *sb, size_t extra)
{
	size_t want = sb->len + extra;

	if (want <= sb->cap)
		return;
	if (want < 2 * sb->cap)
		want = 2 * sb->cap;
	if (want < 64)
		want = 64;
	if (sb->limit && want > sb->limit)
		want = sb->limit;
	sb->buf = xrealloc(sb->buf, want + 1);
	sb->cap = want;
}

void
strbuf_add(struct strbuf *sb, const void *data, size_t n)
{
	size_t room = n;

	if (sb->limit) {
		room = sb->limit > sb->len ? sb->limit - sb->len : 0;
		if (room > n)
			room = n;
		sb->dropped += n - room;
	}
	if (room == 0)
		return;
	strbuf_grow(sb, room);
	memcpy(sb->buf + sb->len, data, room);
	sb->len += room;
	sb->buf[sb->len] = '\0';
}

void
strbuf_addstr(struct strbuf *sb, const char *s)
{
	strbuf_add(sb, s, strlen(s));
}

void
strbuf_addf(struct strbuf *sb, const char *fmt, ...)
{
	va_list ap;
	char *s;

	va_start(ap, fmt);
	s = xvasprintf(fmt, ap);
	va_end(ap);
	strbuf_addstr(sb, s);
	free(s);
}

void
strbuf_reset(struct strbuf *sb)
{
	sb->len = 0;
	sb->dropped = 0;
	sb->buf[0] = '\0';
}

void
strbuf_release(struct strbuf *sb)
{
	free(sb->buf);
	sb->buf = NULL;
	sb->len = sb->cap = sb->dropped = 0;
}

char *
strbuf_detach(struct strbuf *sb)
{
	char *s = sb->buf;

	strbuf_init(sb, sb->limit);
	return s;
}
