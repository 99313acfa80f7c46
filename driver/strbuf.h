#ifndef RUNDRIVER_STRBUF_H
#define RUNDRIVER_STRBUF_H

#include <stddef.h>

/* A growable byte buffer, always NUL-terminated. With a non-zero limit it
 * never holds more than limit bytes: the rest is counted in dropped. */
struct strbuf {
	char *buf;
	size_t len;
	size_t cap;
	size_t limit;
	size_t dropped;
};

/* Start an empty buffer holding at most LIMIT bytes (0: no limit). */
void strbuf_init(struct strbuf *sb, size_t limit);
/* Append N bytes (those past the limit are only counted). */
void strbuf_add(struct strbuf *sb, const void *data, size_t n);
/* Append a NUL-terminated string. */
void strbuf_addstr(struct strbuf *sb, const char *s);
/* Append printf-formatted text. */
void strbuf_addf(struct strbuf *sb, const char *fmt, ...);
/* Empty the buffer, keeping its memory. */
void strbuf_reset(struct strbuf *sb);
/* Free the buffer's memory; strbuf_init it again before any reuse. */
void strbuf_release(struct strbuf *sb);
/* Hand the contents to the caller (who frees them) and reset the buffer. */
char *strbuf_detach(struct strbuf *sb);

#endif
