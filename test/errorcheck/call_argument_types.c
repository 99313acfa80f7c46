// errorcheck
// Checks that each argument to a prototyped function must be assignable
// to its parameter's type (C11 6.5.2.2p2): a struct to an int, a double
// to a pointer, a struct of another type, an int to a struct, a function
// to void *, and a pointer to const to a pointer to non-const are errors.
// A double to an int, or any object pointer to void *, is fine.

struct s {
	int a;
};
struct t {
	int a;
};

void take_int(int);
void take_ptr(int *);
void take_s(struct s);
void take_vp(void *);

void
f(struct s sv, struct t tv, double d, int fn(void), const int *cp)
{
	take_int(sv);	// GCC_ERROR "incompatible type for argument 1 of .take_int." CLANG_ERROR "passing .struct s. to parameter of incompatible type .int."
	take_ptr(d);	// GCC_ERROR "incompatible type for argument 1 of .take_ptr." CLANG_ERROR "passing .double. to parameter of incompatible type .int \*."
	take_s(tv);	// GCC_ERROR "incompatible type for argument 1 of .take_s." CLANG_ERROR "passing .struct t. to parameter of incompatible type .struct s."
	take_s(1);	// GCC_ERROR "incompatible type for argument 1 of .take_s." CLANG_ERROR "passing .int. to parameter of incompatible type .struct s."
	take_vp(fn);	// GCC_ERROR "ISO C forbids passing argument 1 of .take_vp. between function pointer and .void \*." CLANG_ERROR "converts between void pointer and function pointer"
	take_ptr(cp);	// GCC_ERROR "passing argument 1 of .take_ptr. discards .const. qualifier" CLANG_ERROR "passing .const int \*. to parameter of type .int \*. discards qualifiers"
	take_int(d);
	take_vp(&sv);
}
