// errorcheck
// Checks the relational operator constraints (C11 6.5.8p2): both operands
// real, or both pointers to compatible object types. So not pointers to
// different types (void included), not a pointer and an integer (zero
// included), not a pointer and a double, not function pointers.

int
f(int *ip, double *dp, void *vp, int (*fp)(void), int (*gp)(void))
{
	int r = ip < dp;	// ERROR "comparison of distinct pointer types"
	r += ip > 0;		// GCC_ERROR "ordered comparison of pointer with integer zero" CLANG_ERROR "ordered comparison between pointer and zero"
	r += ip <= 7;		// ERROR "comparison between pointer and integer"
	r += 1.5 >= ip;		// ERROR "invalid operands to binary"
	r += fp < gp;		// GCC_ERROR "ISO C forbids ordered comparisons of pointers to functions" CLANG_ERROR "ordered comparison of function pointers"
	r += ip < vp;		// ERROR "comparison of distinct pointer types"
	r += ip < ip + 1;
	return r;
}
