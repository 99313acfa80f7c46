#ifndef RUNDRIVER_ARENA_H
#define RUNDRIVER_ARENA_H

#include <stdarg.h>
#include <stddef.h>

/* A memory pool freed in one call: one per test, one per run. */
struct arena {
	struct arena_block *head;
};

/* Start an empty arena. */
void arena_init(struct arena *a);
/* N zeroed bytes owned by the arena. */
void *arena_alloc(struct arena *a, size_t n);
/* Copies of strings, owned by the arena. */
char *arena_strdup(struct arena *a, const char *s);
char *arena_strndup(struct arena *a, const char *s, size_t n);
/* printf into arena memory. */
char *arena_printf(struct arena *a, const char *fmt, ...);
/* vprintf into arena memory. */
char *arena_vprintf(struct arena *a, const char *fmt, va_list ap);
/* S with every FROM replaced by TO, in arena memory. */
char *arena_replace(struct arena *a, const char *s, const char *from,
		    const char *to);
/* Free everything the arena handed out. */
void arena_release(struct arena *a);

#endif
