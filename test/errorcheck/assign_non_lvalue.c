// errorcheck
// Checks more left operands that are not modifiable lvalues (C11 6.5.16p2,
// 6.5.3.1p1, 6.3.2.1p1) than not_lvalue.c: a function, a cast, a comma
// expression, an assignment, a member of a returned struct, a call result
// under ++, and a struct with a const member. clang also warns that the
// left operand of the comma has no effect.

int get(void);
int other(void);
struct s {
	int m;
};
struct s make(void);
struct c {
	const int k;
	int v;
};

void
f(int x, int y, struct c *p, struct c q)
{
	get = other;	// GCC_ERROR "lvalue required as left operand of assignment" CLANG_ERROR "non-object type .int \(void\). is not assignable"
	(int)x = 1;	// GCC_ERROR "lvalue required as left operand of assignment" CLANG_ERROR "assignment to cast is illegal"
	(x, y) = 2;	// GCC_ERROR "lvalue required as left operand of assignment" CLANG_ERROR "expression is not assignable" "left operand of comma operator has no effect"
	(x = 1) = 2;	// GCC_ERROR "lvalue required as left operand of assignment" CLANG_ERROR "expression is not assignable"
	make().m = 3;	// GCC_ERROR "lvalue required as left operand of assignment" CLANG_ERROR "expression is not assignable"
	++get();	// GCC_ERROR "lvalue required as increment operand" CLANG_ERROR "expression is not assignable"
	*p = q;		// GCC_ERROR "assignment of read-only location" CLANG_ERROR "cannot assign to lvalue with const-qualified data member .k."
	p->v = (x = y);
}
