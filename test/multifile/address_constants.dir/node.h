/* The node type of the address_constants test. */
#ifndef NODE_H
#define NODE_H

struct node {
	const struct node *next;
	int value;
	int (*visit)(int);
};

extern const struct node head, middle, tail;
extern int counters[8];
extern int *const third_counter;
extern int *const last_counter;
extern const int *const middle_value;

int square(int v);
int negate(int v);

#endif
