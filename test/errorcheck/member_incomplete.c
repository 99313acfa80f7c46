// errorcheck
// Checks that a struct or union member may not have an incomplete type
// (an undefined struct, void, the struct being defined) or a function
// type, and that only a struct may end in a flexible array member
// (C11 6.7.2.1p3).

struct later;

struct holder {
	int n;
	struct later inner;	// GCC_ERROR "field .inner. has incomplete type" CLANG_ERROR "field has incomplete type .struct later."
	void nothing;		// GCC_ERROR "field .nothing. declared void" CLANG_ERROR "field has incomplete type .void."
	int fn(void);		// ERROR "field .fn. declared as a function"
	int ok;
};

struct node {
	int value;
	struct node next;	// GCC_ERROR "field .next. has incomplete type" CLANG_ERROR "field has incomplete type .struct node."
};

union variant {
	int i;
	struct later u;	// GCC_ERROR "field .u. has incomplete type" CLANG_ERROR "field has incomplete type .struct later."
	int arr[];	// ERROR "flexible array member (.arr. )?in (a )?union"
};
