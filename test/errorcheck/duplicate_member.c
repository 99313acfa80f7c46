// errorcheck
// Checks that a struct or union may not declare one member name twice,
// also when one of them comes from an anonymous struct or union, whose
// members count as members of the containing one (C11 6.7p3,
// 6.7.2.1p13), and that two parameters may not share a name (C11 6.7p3).
// A same-named member of a named inner struct is fine.

struct s {
	int a;
	double a;	// ERROR "duplicate member .a."
};
struct t {
	int x;
	struct {
		int x;	// GCC_ERROR "duplicate member .x." CLANG_ERROR "member of anonymous struct redeclares .x."
	};
};
union u {
	int m;
	struct {
		int n;
	};
	union {
		float m;	// GCC_ERROR "duplicate member .m." CLANG_ERROR "member of anonymous union redeclares .m."
	};
};
void f(int p, int p);	// ERROR "redefinition of parameter .p."
struct ok {
	int x;
	struct {
		int x;
	} named;
};
