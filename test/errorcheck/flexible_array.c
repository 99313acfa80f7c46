// errorcheck
// Checks the flexible array member rules (C11 6.7.2.1p3): it must be the
// last member of a struct with more than one named member, not in a
// union, and a struct that has one may be neither a member of another
// struct nor an array element.

struct not_last {
	int data[];	// GCC_ERROR "flexible array member not at end of struct" CLANG_ERROR "flexible array member .data. .* is not at the end of struct"
	int n;
};

struct alone {
	int data[];	// GCC_ERROR "flexible array member in a struct with no named members" CLANG_ERROR "flexible array member .data. not allowed in otherwise empty struct"
};

union in_union {
	int n;
	int data[];	// ERROR "flexible array member (.data. )?in (a )?union"
};

struct good {
	int n;
	int data[];
};

struct outer {
	struct good g;	// GCC_ERROR "invalid use of structure with flexible array member" CLANG_ERROR "field .g. with variable sized type .struct good. not at the end"
	int tail;
};

struct good table[4];	// GCC_ERROR "invalid use of structure with flexible array member" CLANG_ERROR "may not be used as an array element due to flexible array member"
