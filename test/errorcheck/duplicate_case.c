// errorcheck
// Checks that two case labels with the same value, and two default
// labels, in one switch are diagnosed (C11 6.8.4.2p3). gcc reports the
// second default label, clang the first one.

int
f(int x)
{
	switch (x) {
	case 1:
		return 10;
	case 2 - 1:	// ERROR "duplicate case"
		return 20;
	default:	// CLANG_ERROR "multiple default"
		return 0;
	default:	// GCC_ERROR "multiple default"
		return 1;
	}
}
