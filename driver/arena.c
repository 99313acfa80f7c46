/* The arena: blocks of memory handed out piecemeal and freed together,
 * and the deferred calls that free what the arena owns outside them. It
 * knows nothing of tests or runs; its callers choose the lifetime. */
#define _POSIX_C_SOURCE 200809L
#include "arena.h"
#include "util.h"

#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

enum { BLOCK_SIZE = 16384 };

struct arena_block {
	struct arena_block *next;
	size_t used;
	size_t size;
	_Alignas(max_align_t) unsigned char data[];
};

/* One deferred call, kept in the arena's own memory. */
struct arena_defer {
	struct arena_defer *next;
	void (*fn)(void *);
	void *p;
};

void
arena_init(struct arena *a)
{
	a->head = NULL;
	a->defers = NULL;
}

void *
arena_alloc(struct arena *a, size_t n)
{
	struct arena_block *b = a->head;
	size_t align = _Alignof(max_align_t);
	size_t size;
	void *p;

	n = (n + align - 1) / align * align;
	if (!b || b->size - b->used < n) {
		size = n > BLOCK_SIZE ? n : BLOCK_SIZE;
		b = xmalloc(sizeof(*b) + size);
		b->used = 0;
		b->size = size;
		b->next = a->head;
		a->head = b;
	}
	p = b->data + b->used;
	b->used += n;
	memset(p, 0, n);
	return p;
}

void *
arena_grow(struct arena *a, void *v, size_t n, size_t *cap, size_t size)
{
	size_t old = *cap;
	void *nv;

	if (n < old)
		return v;
	while (*cap <= n)
		*cap = *cap ? 2 * *cap : 8;
	nv = arena_alloc(a, *cap * size);
	if (old)
		memcpy(nv, v, old * size);
	return nv;
}

char *
arena_strndup(struct arena *a, const char *s, size_t n)
{
	char *p = arena_alloc(a, n + 1);

	memcpy(p, s, n);
	p[n] = '\0';
	return p;
}

char *
arena_strdup(struct arena *a, const char *s)
{
	return arena_strndup(a, s, strlen(s));
}

char *
arena_slurp(struct arena *a, const char *path, size_t *len)
{
	size_t n;
	char *buf = slurp_file(path, &n), *res;

	if (!buf)
		return NULL;
	res = arena_strndup(a, buf, n);
	free(buf);
	if (len)
		*len = n;
	return res;
}

char *
arena_vprintf(struct arena *a, const char *fmt, va_list ap)
{
	va_list aq;
	int n;
	char *p;

	va_copy(aq, ap);
	n = vsnprintf(NULL, 0, fmt, aq);
	va_end(aq);
	if (n < 0)
		bug("vsnprintf failed for %s", fmt);
	p = arena_alloc(a, (size_t)n + 1);
	vsnprintf(p, (size_t)n + 1, fmt, ap);
	return p;
}

char *
arena_printf(struct arena *a, const char *fmt, ...)
{
	va_list ap;
	char *p;

	va_start(ap, fmt);
	p = arena_vprintf(a, fmt, ap);
	va_end(ap);
	return p;
}

char *
arena_replace(struct arena *a, const char *s, const char *from,
	      const char *to)
{
	size_t n = strlen(from), m = strlen(to), count = 0, len;
	const char *p, *hit;
	char *res, *q;

	for (p = s; n && (hit = strstr(p, from)); p = hit + n)
		count++;
	if (!count)
		return arena_strdup(a, s);
	len = strlen(s) + count * m - count * n;
	res = q = arena_alloc(a, len + 1);
	for (p = s; (hit = strstr(p, from)); p = hit + n) {
		memcpy(q, p, (size_t)(hit - p));
		q += hit - p;
		memcpy(q, to, m);
		q += m;
	}
	strcpy(q, p);
	return res;
}

void
arena_push(struct arena *a, struct strlist *l, char *s)
{
	l->v = arena_grow(a, l->v, l->n + 1, &l->cap, sizeof(*l->v));
	l->v[l->n++] = s;
	l->v[l->n] = NULL;
}

void
arena_push_all(struct arena *a, struct strlist *l, char *const *v, size_t n)
{
	size_t i;

	for (i = 0; i < n; i++)
		arena_push(a, l, v[i]);
}

char **
arena_env(struct arena *a, char **env, size_t n)
{
	struct strlist l = { 0 };
	size_t i, k, len;

	for (i = 0; i < n; i++) {
		len = strcspn(env[i], "=");
		for (k = i + 1; k < n; k++)
			if (strncmp(env[k], env[i], len + 1) == 0)
				break;
		if (k == n)	/* the last of its name wins */
			arena_push(a, &l, env[i]);
	}
	if (!l.v) {	/* an empty vector, still ended */
		l.v = arena_alloc(a, sizeof(*l.v));
		l.v[0] = NULL;
	}
	return l.v;
}

void
arena_defer(struct arena *a, void (*fn)(void *), void *p)
{
	struct arena_defer *d = arena_alloc(a, sizeof(*d));

	d->fn = fn;
	d->p = p;
	d->next = a->defers;
	a->defers = d;
}

void
arena_release(struct arena *a)
{
	struct arena_block *b, *next;
	struct arena_defer *d;

	for (d = a->defers; d; d = d->next)
		d->fn(d->p);
	a->defers = NULL;
	for (b = a->head; b; b = next) {
		next = b->next;
		free(b);
	}
	a->head = NULL;
}
