#ifndef RUNDRIVER_ARENA_H
#define RUNDRIVER_ARENA_H

#include <stdarg.h>
#include <stddef.h>

/* A memory pool freed in one call: one per test, one per run. */
struct arena {
	struct arena_block *head;
};

/* A growing list of strings in arena memory, NULL-terminated once it has
 * an element. Start it zeroed: struct strlist l = { 0 }. */
struct strlist {
	char **v;
	size_t n;
	size_t cap;
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
/* Append S (not copied) to L, growing L in arena memory. */
void arena_push(struct arena *a, struct strlist *l, char *s);
/* Append the N strings of V (not copied) to L. */
void arena_push_all(struct arena *a, struct strlist *l, char *const *v,
		    size_t n);
/* Free everything the arena handed out. */
void arena_release(struct arena *a);

#endif
