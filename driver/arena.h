#ifndef RUNDRIVER_ARENA_H
#define RUNDRIVER_ARENA_H

#include <stdarg.h>
#include <stddef.h>

/* A memory pool freed in one call: one per test, one per run. What it
 * owns outside its blocks (PCRE2 handles) is released with it, through
 * arena_defer. */
struct arena {
	struct arena_block *head;
	struct arena_defer *defers;	/* last registered first */
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
/* V, an array of *CAP elements of SIZE bytes, with room for index N: V
 * itself, or a larger copy of it (arena memory; *CAP updated). */
void *arena_grow(struct arena *a, void *v, size_t n, size_t *cap,
		 size_t size);
/* Copies of strings, owned by the arena. */
char *arena_strdup(struct arena *a, const char *s);
char *arena_strndup(struct arena *a, const char *s, size_t n);
/* The whole regular file PATH, NUL-terminated, in arena memory (its
 * length in *LEN unless LEN is NULL); NULL with errno set when it cannot
 * be read (see slurp_file). */
char *arena_slurp(struct arena *a, const char *path, size_t *len);
/* printf into arena memory. */
char *arena_printf(struct arena *a, const char *fmt, ...)
	__attribute__((format(printf, 2, 3)));
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
/* ENV[0..n) ("NAME=VALUE") with later entries replacing earlier ones of
 * the same name, as Go's exec does, in the order of the entries kept;
 * a NULL-terminated vector in arena memory (the strings not copied). */
char **arena_env(struct arena *a, char **env, size_t n);
/* Call FN(P) when the arena is released, before its memory goes: how
 * something malloc'd elsewhere comes to be owned by the arena. */
void arena_defer(struct arena *a, void (*fn)(void *), void *p);
/* Run the deferred calls (last registered first), then free everything
 * the arena handed out. The arena is empty again afterwards. */
void arena_release(struct arena *a);

#endif
