// errorcheck
// Checks the conditional operator constraints (C11 6.5.15p2, p3): the
// first operand must be scalar, and the other two must be of matching
// kinds: no pointers to incompatible types, no pointer with a non-zero
// integer, no two different structs, no struct with an int, no function
// pointer with void *, no void with non-void. A pointer with void * or
// with 0 is fine.

struct s {
	int a;
};
struct t {
	int a;
};
void g(void);

void
f(int c, int *ip, double *dp, void *vp, int (*fp)(void), struct s sv, struct t tv)
{
	void *r1 = c ? ip : dp;		// ERROR "pointer type mismatch"
	int r2 = c ? sv : 1;		// GCC_ERROR "type mismatch in conditional expression" CLANG_ERROR "incompatible operand types \(.struct s. and .int.\)"
	int *r3 = c ? ip : 5;		// ERROR "pointer/integer type mismatch in conditional expression"
	struct s r4 = c ? sv : tv;	// GCC_ERROR "type mismatch in conditional expression" CLANG_ERROR "incompatible operand types \(.struct s. and .struct t.\)"
	void *r5 = c ? fp : vp;		// GCC_ERROR "ISO C forbids conditional expr between .void \*. and function pointer" CLANG_ERROR "pointer type mismatch"
	int r6 = sv ? 1 : 2;		// GCC_ERROR "used struct type value where scalar is required" CLANG_ERROR "used type .struct s. where arithmetic or pointer type is required"
	void *ok1 = c ? ip : vp;
	int *ok2 = c ? ip : 0;

	(void)(c ? g() : 1);		// ERROR "forbids conditional expr(ession)?s? with only one void side"
	(void)(c ? g() : g());
	(void)r1;
	(void)r2;
	(void)r3;
	(void)r4;
	(void)r5;
	(void)r6;
	(void)ok1;
	(void)ok2;
}
