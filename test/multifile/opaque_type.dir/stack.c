#include <stdlib.h>
#include "stack.h"

struct stack {
	int *items;
	size_t len, cap;
};

struct stack *
stack_new(void)
{
	return calloc(1, sizeof(struct stack));
}

int
stack_push(struct stack *s, int v)
{
	if (s->len == s->cap) {
		size_t cap = s->cap ? 2 * s->cap : 2;
		int *p = realloc(s->items, cap * sizeof *p);

		if (p == NULL)
			return -1;
		s->items = p;
		s->cap = cap;
	}
	s->items[s->len++] = v;
	return 0;
}

int
stack_pop(struct stack *s, int *v)
{
	if (s->len == 0)
		return -1;
	*v = s->items[--s->len];
	return 0;
}

void
stack_each(const struct stack *s, void (*fn)(int v, void *arg), void *arg)
{
	size_t i = s->len;

	while (i > 0)
		fn(s->items[--i], arg);
}

void
stack_free(struct stack *s)
{
	free(s->items);
	free(s);
}
