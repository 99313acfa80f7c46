/* An integer stack whose layout is private to stack.c. */
#ifndef STACK_H
#define STACK_H

struct stack;

/* Returns a new empty stack, owned by the caller (stack_free). */
struct stack *stack_new(void);
/* Pushes v; returns 0, or -1 when out of memory. */
int stack_push(struct stack *s, int v);
/* Pops into *v; returns 0, or -1 when empty. */
int stack_pop(struct stack *s, int *v);
/* Calls fn on every element from the top down. */
void stack_each(const struct stack *s, void (*fn)(int v, void *arg), void *arg);
/* Releases s and its elements. */
void stack_free(struct stack *s);

#endif
