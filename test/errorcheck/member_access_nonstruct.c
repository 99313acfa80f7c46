// errorcheck
// Checks that . needs a struct or union operand and -> a pointer to one
// (C11 6.5.2.3p1, p2): an int, a double, an array, an int returned by a
// call, and -> on a pointer to int are errors. Arrow through an array of
// structs is fine.

struct s {
	int x;
};
int get(void);

int
f(int i, int *ip, double d)
{
	int arr[2] = { 0, 0 };
	struct s a[2] = { { 1 }, { 2 } };
	int r = i.x;	// GCC_ERROR "request for member .x. in something not a structure or union" CLANG_ERROR "member reference base type .int. is not a structure or union"

	r += ip->x;	// GCC_ERROR "request for member .x. in something not a structure or union" CLANG_ERROR "member reference base type .int. is not a structure or union"
	r += arr.x;	// GCC_ERROR "request for member .x. in something not a structure or union" CLANG_ERROR "member reference base type .int\[2\]. is not a structure or union"
	r += get().x;	// GCC_ERROR "request for member .x. in something not a structure or union" CLANG_ERROR "member reference base type .int. is not a structure or union"
	r += d.x;	// GCC_ERROR "request for member .x. in something not a structure or union" CLANG_ERROR "member reference base type .double. is not a structure or union"
	r += a->x;
	return r + arr[0];
}
