// errorcheck -0
// llvm GH 31643: negating INT_MIN overflows int, and clang diagnoses signed
// overflow it can see at compile time (-Winteger-overflow, on by default),
// but it said nothing when the overflow came from unary minus outside a
// constant-expression context, e.g. in the initialiser of an automatic
// variable or a return expression. GCC warns (-Woverflow) in the same places.
// fixed: clang 17
// requires: gcc || clang

#include <limits.h>

int
flip_min(void)
{
	int r = -(INT_MIN);	// ERROR "overflow"
	return r;
}

long long
flip_llmin(void)
{
	return -LLONG_MIN;	// ERROR "overflow"
}
