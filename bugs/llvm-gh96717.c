// run -std=c17
// llvm GH 96717: clang keeps _Atomic on values that the standard says are
// unqualified: a call to a function declared to return _Atomic int (the
// function returns the unqualified type, C17 6.7.6.3p4 after DR 423) and a
// cast to an _Atomic type (the value of a cast has the unqualified type of
// its type name, C17 6.5.4p5). Initialising a plain int from either is then
// rejected as "incompatible type '_Atomic(int)'". GCC accepts both. Open in
// 2025; clang 13-16 also reject the cast itself (GH 39596, fixed in 17).
// bug: clang 13-22
// requires: atomics

#include <stdio.h>

_Atomic int next_id(void);

_Atomic int
next_id(void)
{
	static int counter = 40;
	return ++counter;
}

int
main(void)
{
	volatile double d = 1.75;
	int first = next_id();
	int twice = (_Atomic int)(d * 2.0);

	printf("%d %d\n", first, twice);
	return 0;
}
