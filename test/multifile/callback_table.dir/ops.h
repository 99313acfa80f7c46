/* Interface of ops.c for the callback_table test. */
#ifndef OPS_H
#define OPS_H

struct op {
	const char *name;
	int (*apply)(int, int);
};

typedef void (*listener)(const char *event, int value);

extern const struct op op_table[];
extern const int op_count;

int ops_register(listener l);
void ops_emit(const char *event, int value);
int (*ops_compare(void))(const void *, const void *);
int (*ops_find(const char *name))(int, int);

#endif
