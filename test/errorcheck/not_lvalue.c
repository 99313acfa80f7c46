// errorcheck
// Checks that assignment and ++ require a modifiable lvalue: constants,
// arithmetic results, postfix results and whole arrays are not ones
// (C11 6.5.16p2, 6.5.2.4p1, 6.3.2.1p1).

void
f(void)
{
	int a[2] = { 1, 2 }, b[2] = { 3, 4 };
	int x = 0;

	5 = x;		// ERROR "lvalue required|not assignable"
	x + 1 = 2;	// ERROR "lvalue required|not assignable"
	x++ ++;		// ERROR "lvalue required|not assignable"
	a = b;		// ERROR "array type"
	(x ? a[0] : a[1]) = 7;	// ERROR "lvalue required|not assignable"
}
