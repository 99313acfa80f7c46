// run
// llvm GH 39596: a cast whose type name is an _Atomic-qualified scalar type,
// e.g. (_Atomic int)expr, was rejected with "used type '_Atomic(int)' where
// arithmetic or pointer type is required". C11 6.5.4p2 lets the type name of
// a cast be an atomic, qualified or unqualified scalar type; the value is
// converted as for the plain type. (The results are stored into _Atomic
// objects here: clang still gives the cast itself an _Atomic type, which is
// the separate, still open GH 96717.)
// fixed: clang 17
// kind: rejects-valid
// requires: atomics

#include <stdio.h>

int
main(void)
{
	volatile double d = 2.7;
	volatile long wide = 300;
	_Atomic int q = (_Atomic int)(d * 4.0);
	_Atomic unsigned char low = (_Atomic unsigned char)wide;
	_Atomic(int *) none = (_Atomic(int *))0;
	_Atomic _Bool truth = (_Atomic _Bool)wide;
	int qv = q, lv = low, tv = truth;

	printf("%d %d %d %d\n", qv, lv, none == 0, tv);
	return 0;
}
