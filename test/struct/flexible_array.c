// run
// Checks flexible array members: the struct is allocated with extra room
// for the trailing array, and sizeof ignores the flexible member.

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

struct str {
	size_t len;
	char text[];
};

struct series {
	int count;
	double values[];
};

static struct str *str_new(const char *s)
{
	size_t n = strlen(s);
	struct str *p = malloc(sizeof *p + n + 1);

	if (p == NULL)
		exit(1);
	p->len = n;
	memcpy(p->text, s, n + 1);
	return p;
}

int main(void)
{
	struct str *s = str_new("flexible");
	struct series *v;
	int i;

	printf("%zu %s\n", s->len, s->text);
	printf("%d\n", sizeof(struct str) >= sizeof(size_t));
	v = malloc(sizeof *v + 5 * sizeof v->values[0]);
	if (v == NULL)
		return 1;
	v->count = 5;
	for (i = 0; i < v->count; i++)
		v->values[i] = i / 2.0;
	for (i = 0; i < v->count; i++)
		printf("%.1f ", v->values[i]);
	printf("\n");
	free(v);
	free(s);
	return 0;
}
