// run
// Checks flexible array members (C11 6.7.2.1p18): the struct's size is
// at least the offset of the flexible member, objects are allocated with
// offsetof plus the room the array needs, the array can hold strings or
// doubles of any length, and struct assignment copies only the members
// before the flexible one (6.7.2.1p25), leaving the target's array alone.

#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <stddef.h>

struct text {
	size_t len;
	char data[];
};

struct samples {
	int n;
	double v[];
};

static struct text *
text_new(const char *s)
{
	size_t n = strlen(s);
	struct text *t = malloc(offsetof(struct text, data) + n + 1);

	if (t == NULL)
		exit(1);
	t->len = n;
	memcpy(t->data, s, n + 1);
	return t;
}

static struct text *
text_cat(const struct text *a, const struct text *b)
{
	size_t n = a->len + b->len;
	struct text *t = malloc(offsetof(struct text, data) + n + 1);

	if (t == NULL)
		exit(1);
	t->len = n;
	memcpy(t->data, a->data, a->len);
	memcpy(t->data + a->len, b->data, b->len + 1);
	return t;
}

int main(void)
{
	struct text *a = text_new("flexible "), *b = text_new("array"), *c;
	struct samples *s;
	double sum = 0;
	int i;

	printf("%d %d\n", sizeof(struct text) >= offsetof(struct text, data),
		sizeof(struct samples) >= offsetof(struct samples, v));
	c = text_cat(a, b);
	printf("%zu [%s]\n", c->len, c->data);
	s = malloc(sizeof *s + 5 * sizeof s->v[0]);
	if (s == NULL)
		return 1;
	s->n = 5;
	for (i = 0; i < s->n; i++)
		s->v[i] = i * 0.5;
	for (i = 0; i < s->n; i++)
		sum += s->v[i];
	printf("%d %.1f\n", s->n, sum);
	*b = *a;
	printf("%zu %.5s\n", b->len, b->data);
	free(a);
	free(b);
	free(c);
	free(s);
	return 0;
}
