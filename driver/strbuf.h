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

/* A list of malloc'd strings, NULL-terminated for use as an argv. */
struct strvec {
	char **v;
	size_t n;
	size_t cap;
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

/* Start an empty list. */
void strvec_init(struct strvec *sv);
/* Append a copy of S. */
void strvec_push(struct strvec *sv, const char *s);
/* Append S itself; the list takes ownership. */
void strvec_push_owned(struct strvec *sv, char *s);
/* Free every string and the list. */
void strvec_clear(struct strvec *sv);

#endif
