// run
// Checks qsort and bsearch with comparators over ints, strings and
// structs; comparators return a total order so the result is unique.

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

struct person {
	const char *name;
	int age;
};

static int cmp_int(const void *a, const void *b)
{
	int x = *(const int *)a, y = *(const int *)b;

	return (x > y) - (x < y);
}

static int cmp_str(const void *a, const void *b)
{
	return strcmp(*(const char *const *)a, *(const char *const *)b);
}

static int cmp_person(const void *a, const void *b)
{
	const struct person *p = a, *q = b;

	if (p->age != q->age)
		return p->age < q->age ? 1 : -1;
	return strcmp(p->name, q->name);
}

int main(void)
{
	int v[] = { 42, -7, 0, 19, 3, -100, 42, 8 };
	const char *s[] = { "delta", "alpha", "charlie", "bravo" };
	struct person ps[] = {
		{ "eve", 30 }, { "bob", 25 }, { "amy", 30 }, { "dan", 41 },
	};
	size_t i, n = sizeof v / sizeof v[0];
	int key = 19;
	int *hit;

	qsort(v, n, sizeof v[0], cmp_int);
	for (i = 0; i < n; i++)
		printf("%d ", v[i]);
	printf("\n");
	hit = bsearch(&key, v, n, sizeof v[0], cmp_int);
	printf("%td\n", hit ? hit - v : -1);
	key = 5;
	printf("%d\n", bsearch(&key, v, n, sizeof v[0], cmp_int) == NULL);
	qsort(s, 4, sizeof s[0], cmp_str);
	printf("%s %s %s %s\n", s[0], s[1], s[2], s[3]);
	qsort(ps, 4, sizeof ps[0], cmp_person);
	for (i = 0; i < 4; i++)
		printf("%s:%d ", ps[i].name, ps[i].age);
	printf("\n");
	return 0;
}
