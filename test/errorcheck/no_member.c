// errorcheck
// Checks that accessing a member that the struct or union does not have is
// diagnosed, as are . on a pointer and -> on a non-pointer.

struct point {
	int x, y;
};

union u {
	int i;
};

int
f(struct point p, struct point *pp, union u v)
{
	int r = p.z;	// ERROR "no member named .z."
	r += pp->w;	// ERROR "no member named .w."
	r += v.f;	// ERROR "no member named .f."
	r += pp.x;	// GCC_ERROR "request for member .x. in something not a structure|pointer" CLANG_ERROR "is a pointer"
	r += p->y;	// GCC_ERROR "invalid type argument of .->." CLANG_ERROR "not a pointer"
	return r;
}
