// run
// Checks initialisers with braces left out (C11 6.7.9p20, p21): a flat
// list fills arrays of arrays and arrays of structs member by member,
// a braced row ends early and the next value starts a new row, the
// outer size of an unknown-size array counts the subobjects filled, a
// string fills one char-array row, and a union member takes the next
// value; everything not reached is zero.

#include <stdio.h>

struct pair {
	int a;
	int arr[2];
};

struct outer {
	struct {
		int x, y;
	} p;
	int z;
};

struct tagged {
	int tag;
	union {
		int i;
		double d;
	} u;
	int after;
};

int main(void)
{
	int m[2][3] = { 1, 2, 3, 4 };
	int m2[2][3] = { { 1 }, 4, 5 };
	struct pair ps[2] = { 1, 2, 3, 4, 5, 6 };
	struct pair pz[] = { 1, 2, 3, 4 };
	int cube[][2][2] = { 1, 2, 3, 4, 5 };
	struct outer o = { 1, 2, 3 };
	char words[][4] = { "ab", "cde", 'x', 'y' };
	struct tagged t = { 1, 2, 3 };
	int i;

	for (i = 0; i < 2; i++)
		printf("%d %d %d | %d %d %d\n", m[i][0], m[i][1], m[i][2],
			m2[i][0], m2[i][1], m2[i][2]);
	for (i = 0; i < 2; i++)
		printf("%d {%d %d}\n", ps[i].a, ps[i].arr[0], ps[i].arr[1]);
	printf("%zu: %d {%d %d}\n", sizeof pz / sizeof pz[0], pz[1].a,
		pz[1].arr[0], pz[1].arr[1]);
	printf("%zu %d %d\n", sizeof cube / sizeof cube[0], cube[1][0][0],
		cube[1][1][1]);
	printf("%d %d %d\n", o.p.x, o.p.y, o.z);
	printf("%zu %s %s %s\n", sizeof words / sizeof words[0], words[0],
		words[1], words[2]);
	printf("%d %d %d\n", t.tag, t.u.i, t.after);
	return 0;
}
