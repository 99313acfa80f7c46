// errorcheck
// Checks that the object being initialised must have a complete object
// type or be an array of unknown size, and may not be a variable length
// array (C11 6.7.9p3). gcc reports the incomplete struct three ways.

struct later;

void
f(int n)
{
	int vla[n] = { 0 };		// ERROR "variable-sized object may not be initialized"
	struct later y = { 0 };		// GCC_ERROR ".y. has initializer but incomplete type" "excess elements in struct initializer" "storage size of .y. isn.t known" CLANG_ERROR "variable has incomplete type .struct later."
	void v = 0;			// GCC_ERROR "variable or field .v. declared void" CLANG_ERROR "variable has incomplete type .void."
	int ok[] = { 1, 2 };

	(void)vla;
	(void)ok;
}
