// errorcheck
// Checks simple assignment type constraints (C11 6.5.16.1p1) beyond the
// pointer cases of incompatible_ptr.c: two different struct types, a
// struct with an arithmetic type either way, a pointer with a double
// either way, a struct to _Bool, and a function pointer with void *,
// also in an initialiser (C11 6.7.9p11). A pointer to _Bool is fine.

struct a {
	int x;
};
struct b {
	int x;
};
int fn(void);

void
f(struct a sa, struct b sb, int i, double d, int *p, void *vp, _Bool flag)
{
	sa = sb;	// GCC_ERROR "incompatible types when assigning to type .struct a. from type .struct b." CLANG_ERROR "assigning to .struct a. from incompatible type .struct b."
	i = sa;		// GCC_ERROR "incompatible types when assigning to type .int. from type .struct a." CLANG_ERROR "assigning to .int. from incompatible type .struct a."
	sa = i;		// GCC_ERROR "incompatible types when assigning to type .struct a. from type .int." CLANG_ERROR "assigning to .struct a. from incompatible type .int."
	p = d;		// GCC_ERROR "incompatible types when assigning to type .int \*. from type .double." CLANG_ERROR "assigning to .int \*. from incompatible type .double."
	d = p;		// GCC_ERROR "incompatible types when assigning to type .double. from type .int \*." CLANG_ERROR "assigning to .double. from incompatible type .int \*."
	flag = sa;	// GCC_ERROR "incompatible types when assigning to type ._Bool. from type .struct a." CLANG_ERROR "assigning to ._Bool. from incompatible type .struct a."
	vp = fn;	// GCC_ERROR "ISO C forbids assignment between function pointer and .void \*." CLANG_ERROR "converts between void pointer and function pointer"

	int (*fp)(void) = vp;	// GCC_ERROR "ISO C forbids initialization between function pointer and .void \*." CLANG_ERROR "converts between void pointer and function pointer"

	vp = p;
	flag = p;
	(void)fp;
}
