// errorcheck
// Checks the == and != constraints (C11 6.5.9p2): pointers to
// incompatible types, a pointer and a non-zero integer (either order),
// and a function pointer with void * may not be compared. A pointer with
// void * or with a null pointer constant is fine.

struct s {
	int a;
};

int
f(int *ip, double *dp, void *vp, int (*fp)(void), struct s *sp, long l)
{
	int r = ip == dp;	// ERROR "comparison of distinct pointer types"
	r += ip != sp;		// ERROR "comparison of distinct pointer types"
	r += ip == 5;		// ERROR "comparison between pointer and integer"
	r += l == ip;		// ERROR "comparison between pointer and integer"
	r += fp == vp;		// GCC_ERROR "ISO C forbids comparison of .void \*. with function pointer" CLANG_ERROR "equality comparison between function pointer and void pointer"
	r += vp != fp;		// GCC_ERROR "ISO C forbids comparison of .void \*. with function pointer" CLANG_ERROR "equality comparison between function pointer and void pointer"
	r += ip == vp;
	r += ip == 0;
	r += fp == 0;
	return r;
}
