// run
// Checks qsort (C11 7.22.5.2) driven by callbacks: a comparator over
// structs with three keys (ascending, descending, then a unique name so
// the order is total and the result unique), a comparator over an array
// of char pointers, a comparator chosen at run time from a table, and
// comparators that avoid overflow by comparing instead of subtracting.

#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <limits.h>

struct emp {
	const char *name;
	int dept;
	int salary;
};

typedef int cmp_fn(const void *, const void *);

static int
by_dept_salary_name(const void *pa, const void *pb)
{
	const struct emp *a = pa, *b = pb;

	if (a->dept != b->dept)
		return a->dept < b->dept ? -1 : 1;
	if (a->salary != b->salary)
		return a->salary > b->salary ? -1 : 1;
	return strcmp(a->name, b->name);
}

static int
by_string(const void *pa, const void *pb)
{
	const char *const *a = pa, *const *b = pb;

	return strcmp(*a, *b);
}

static int
int_up(const void *pa, const void *pb)
{
	int a = *(const int *)pa, b = *(const int *)pb;

	return (a > b) - (a < b);
}

static int
int_down(const void *pa, const void *pb)
{
	return int_up(pb, pa);
}

static void
show_ints(const int *v, size_t n)
{
	size_t i;

	for (i = 0; i < n; i++)
		printf("%d%c", v[i], i + 1 == n ? '\n' : ' ');
}

int main(void)
{
	struct emp staff[] = {
		{ "eve", 2, 500 }, { "bob", 1, 300 }, { "amy", 2, 700 },
		{ "dan", 1, 300 }, { "cat", 3, 100 }, { "fay", 1, 900 },
	};
	const char *words[] = { "pear", "apple", "fig", "banana", "cherry" };
	int nums[] = { 5, INT_MIN, -3, INT_MAX, 0, 42, -3 };
	cmp_fn *const order[2] = { int_up, int_down };
	size_t n = sizeof staff / sizeof staff[0], i;
	int k;

	qsort(staff, n, sizeof staff[0], by_dept_salary_name);
	for (i = 0; i < n; i++)
		printf("%d %d %s\n", staff[i].dept, staff[i].salary,
			staff[i].name);
	qsort(words, 5, sizeof words[0], by_string);
	for (i = 0; i < 5; i++)
		printf("%s%c", words[i], i == 4 ? '\n' : ' ');
	for (k = 0; k < 2; k++) {
		qsort(nums, 7, sizeof nums[0], order[k]);
		show_ints(nums, 7);
	}
	qsort(nums, 0, sizeof nums[0], int_up);
	show_ints(nums, 1);
	return 0;
}
