// run
// Checks pointers one past the end of an array (C11 6.5.6p8, 6.5.8p5,
// 6.5.9p6): they may be formed, compared with <, <= and ==, and
// subtracted, but are never dereferenced; a single object counts as an
// array of one element; loops run with begin/end pointers forward and,
// stopping at the first element, backward.

#include <stdio.h>
#include <stddef.h>

static int
sum_range(const int *begin, const int *end)
{
	int s = 0;

	while (begin < end)
		s += *begin++;
	return s;
}

static const int *
find(const int *begin, const int *end, int v)
{
	for (; begin != end; begin++)
		if (*begin == v)
			return begin;
	return end;
}

int main(void)
{
	int a[5] = { 3, 1, 4, 1, 5 };
	int *end = a + 5, *p;
	int single = 9;
	const int *hit;

	printf("%d %td\n", sum_range(a, end), end - a);
	printf("%d %d %d\n", a < end, a + 4 < end, a + 5 <= end);
	printf("%d %d\n", end == &a[4] + 1, end - 1 == &a[4]);
	hit = find(a, end, 4);
	printf("%td %d\n", hit - a, find(a, end, 7) == end);
	printf("%d %td\n", sum_range(&single, &single + 1),
		&single + 1 - &single);
	for (p = end; p != a;) {
		--p;
		printf("%d", *p);
	}
	printf("\n");
	printf("%d\n", sum_range(a + 2, a + 2));
	printf("%td\n", &a[0] - end);
	return 0;
}
