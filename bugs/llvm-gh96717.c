// run -std=c17
// The value of a call to a function declared to return _Atomic int has
// the unqualified type (C17 6.7.6.3p4 after DR 423), and so has a cast to
// an _Atomic type (C17 6.5.4p5), so both may initialise a plain int. gcc 11
// and 12 accept both. Clang 19 and 22 reject both initialisations with
// "incompatible type '_Atomic(int)'". Clang 13 to 16 reject the call's
// value in the same way, and the cast itself with "used type
// '_Atomic(int)' where arithmetic or pointer type is required", which is a
// separate LLVM issue (llvm GH 39596, closed in the copy searched).
// bug: clang 13-22
// clang: llvm GH 96717: keeps _Atomic on the value of next_id(), rejecting int first = next_id() with "incompatible type '_Atomic(int)'"
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
