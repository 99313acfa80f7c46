// run
// llvm GH 65557: a switch whose controlling expression is an lvalue of type
// _Atomic int was rejected ("statement requires expression of integer type
// ('_Atomic(int)' invalid)"). The controlling expression undergoes lvalue
// conversion, which drops _Atomic (C11 6.3.2.1p2), so it has integer type as
// C11 6.8.4.2p1 requires.
// fixed: clang 18
// kind: rejects-valid
// requires: atomics

#include <stdio.h>

static _Atomic int state = 2;

static const char *
name(_Atomic unsigned char code)
{
	switch (code) {
	case 'a':
		return "alpha";
	case 'b':
		return "beta";
	default:
		return "other";
	}
}

int
main(void)
{
	int steps = 0;

	for (;;) {
		switch (state) {
		case 2:
			state = 5;
			break;
		case 5:
			state = 9;
			break;
		default:
			printf("%d %d %s %s\n", steps, state, name('b'), name('z'));
			return 0;
		}
		steps++;
	}
}
