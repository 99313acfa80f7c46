// run
// Checks that lvalue conversion also removes _Atomic (C11 6.3.2.1p2): an
// _Atomic int object used as the controlling expression of _Generic
// selects int, and so does arithmetic on it, while a pointer to an atomic
// object keeps the atomic pointed-to type (C11 6.5.1.1, 6.2.5p27).
// requires: atomics

#include <stdio.h>
#include <stdatomic.h>

#define T(x) _Generic((x), int: "int", long: "long", _Atomic int *: "_Atomic int *", \
	int *: "int *", atomic_long *: "atomic_long *", default: "other")

int main(void)
{
	_Atomic int ai = 5;
	_Atomic(long) al = 6;
	atomic_int ai2 = 7;
	const _Atomic int cai = 8;

	printf("%s %s %s %s\n", T(ai), T(al), T(ai2), T(cai));
	printf("%s %s %s\n", T(ai + 1), T(-al), T(ai2 * 2));
	printf("%s %s %s\n", T(&ai), T(&ai2), T(&al));
	printf("%d %ld %d %d\n", ai, al, ai2, cai);
	ai += 10;
	al++;
	atomic_fetch_add(&ai2, 3);
	printf("%d %ld %d\n", ai, al, atomic_load(&ai2));
	return 0;
}
