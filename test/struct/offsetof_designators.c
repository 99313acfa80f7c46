// run
// Checks offsetof (C11 7.19p3) with member designators that go into a
// nested struct (a.b) and index an array member (arr[2]): the results
// agree with adding the offsets of each step, have type size_t, give 0
// for the first member and for every union member, and let a pointer to
// a member be turned back into a pointer to its enclosing struct.

#include <stdio.h>
#include <stddef.h>

struct inner {
	char c;
	double d;
	int tail[3];
};

struct outer {
	int id;
	struct inner in;
	short arr[5];
};

union mixed {
	char c;
	double d;
	int arr[4];
};

static struct outer *
outer_of(short *elem2)
{
	return (struct outer *)((char *)elem2 - offsetof(struct outer, arr[2]));
}

int main(void)
{
	struct outer o = { 7, { 'x', 1.5, { 1, 2, 3 } },
		{ 10, 20, 30, 40, 50 } };

	printf("%d\n", offsetof(struct outer, id) == 0);
	printf("%d\n", offsetof(struct outer, in.d) ==
		offsetof(struct outer, in) + offsetof(struct inner, d));
	printf("%d\n", offsetof(struct outer, in.tail[2]) ==
		offsetof(struct outer, in) + offsetof(struct inner, tail) +
		2 * sizeof(int));
	printf("%d\n", offsetof(struct outer, arr[2]) ==
		offsetof(struct outer, arr) + 2 * sizeof(short));
	printf("%d\n", _Generic(offsetof(struct outer, arr), size_t: 1,
		default: 0));
	printf("%d %d %d\n", offsetof(union mixed, c) == 0,
		offsetof(union mixed, d) == 0,
		offsetof(union mixed, arr[0]) == 0);
	printf("%d\n", (char *)&o.in.tail[1] - (char *)&o ==
		(ptrdiff_t)offsetof(struct outer, in.tail[1]));
	printf("%d %d\n", outer_of(&o.arr[2])->id, outer_of(&o.arr[2]) == &o);
	printf("%d\n", offsetof(struct outer, arr[4]) + sizeof(short) <=
		sizeof(struct outer));
	return 0;
}
