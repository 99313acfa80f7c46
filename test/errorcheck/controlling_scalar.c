// errorcheck
// Checks that the controlling expression of if, while, do and for must
// have scalar type (C11 6.8.4.1p1, 6.8.5p2); a struct is an error in
// each, a pointer is fine.

struct s {
	int a;
};

int
f(struct s v, int n, int *p)
{
	if (v)			// GCC_ERROR "used struct type value where scalar is required" CLANG_ERROR "statement requires expression of scalar type \(.struct s. invalid\)"
		return 1;
	while (v)		// GCC_ERROR "used struct type value where scalar is required" CLANG_ERROR "statement requires expression of scalar type \(.struct s. invalid\)"
		n++;
	do n--; while (v);	// GCC_ERROR "used struct type value where scalar is required" CLANG_ERROR "statement requires expression of scalar type \(.struct s. invalid\)"
	for (; v; )		// GCC_ERROR "used struct type value where scalar is required" CLANG_ERROR "statement requires expression of scalar type \(.struct s. invalid\)"
		n++;
	if (p)
		n++;
	return n;
}
