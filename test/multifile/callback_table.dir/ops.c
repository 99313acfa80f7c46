#include <string.h>
#include "ops.h"

static int add(int a, int b) { return a + b; }
static int sub(int a, int b) { return a - b; }
static int mul(int a, int b) { return a * b; }

const struct op op_table[] = {
	{ "add", add },
	{ "sub", sub },
	{ "mul", mul },
};
const int op_count = sizeof op_table / sizeof op_table[0];

static listener listeners[4];
static int nlisteners;

int
ops_register(listener l)
{
	if (nlisteners == 4)
		return -1;
	listeners[nlisteners] = l;
	return nlisteners++;
}

void
ops_emit(const char *event, int value)
{
	int i;

	for (i = 0; i < nlisteners; i++)
		listeners[i](event, value);
}

static int
descending(const void *a, const void *b)
{
	int x = *(const int *)a, y = *(const int *)b;

	return (x < y) - (x > y);
}

int
(*ops_compare(void))(const void *, const void *)
{
	return descending;
}

int
(*ops_find(const char *name))(int, int)
{
	int i;

	for (i = 0; i < op_count; i++)
		if (strcmp(op_table[i].name, name) == 0)
			return op_table[i].apply;
	return 0;
}
