// errorcheck
// Checks tag constraints (C11 6.7.2.3p2, p3): every use of one tag must
// pick the same keyword of struct, union and enum, and enum with a tag but
// no list may appear only once that enum is complete. gcc also takes the
// enum use of a union tag as a forward reference.

struct t;
union t *p;	// GCC_ERROR ".t. defined as wrong kind of tag" CLANG_ERROR "use of .t. with tag type that does not match previous declaration"
enum e { A };
enum e good;
struct e *q;	// GCC_ERROR ".e. defined as wrong kind of tag" CLANG_ERROR "use of .e. with tag type that does not match previous declaration"
union u { int i; };
enum u *r;	// GCC_ERROR ".u. defined as wrong kind of tag" "ISO C forbids forward references to .enum. types" CLANG_ERROR "use of .u. with tag type that does not match previous declaration"
enum fwd;	// ERROR "ISO C forbids forward references to .enum. types"
enum later *lp;	// ERROR "ISO C forbids forward references to .enum. types"
struct ok;
struct ok *okp;
