// errorcheck
// Checks that the controlling expression of a switch must have integer
// type: not floating, not a pointer, not a struct (C11 6.8.4.2p1).

struct s {
	int a;
};

int
f(double d, int *p, struct s v)
{
	switch (d) {	// GCC_ERROR "switch quantity not an integer" CLANG_ERROR "requires expression of integer type \(.double. invalid\)"
	case 1:
		return 1;
	}
	switch (p) {	// GCC_ERROR "switch quantity not an integer" CLANG_ERROR "requires expression of integer type \(.int \*. invalid\)"
	default:
		return 2;
	}
	switch (v) {	// GCC_ERROR "switch quantity not an integer" CLANG_ERROR "requires expression of integer type \(.struct s. invalid\)"
	default:
		return 3;
	}
	switch (1.5f) {	// GCC_ERROR "switch quantity not an integer" CLANG_ERROR "requires expression of integer type \(.float. invalid\)"
	default:
		return 4;
	}
	return 0;
}
