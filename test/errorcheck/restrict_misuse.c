// errorcheck
// Checks that only a pointer to an object type may be restrict-qualified:
// not an int, a struct, or a pointer to a function (C11 6.7.3p2). A
// restrict-qualified pointer typedef is fine. gcc reports each bad line
// twice, and one pattern takes both.

struct s {
	int m;
};
typedef int *ptr;

restrict int a;			// GCC_ERROR "invalid use of .restrict." CLANG_ERROR "restrict requires a pointer or reference \(.int. is invalid\)"
int (*restrict fp)(void);	// GCC_ERROR "invalid use of .restrict." CLANG_ERROR "pointer to function type .* may not be .restrict. qualified"
void f(restrict int n);		// GCC_ERROR "invalid use of .restrict." CLANG_ERROR "restrict requires a pointer or reference \(.int. is invalid\)"
restrict struct s v;		// GCC_ERROR "invalid use of .restrict." CLANG_ERROR "restrict requires a pointer or reference \(.struct s. is invalid\)"
int *restrict ok;
restrict ptr fine;
