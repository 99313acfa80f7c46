// errorcheck
// -update_errors rewrites this file's ERROR comments from gcc's
// diagnostics (e2e case update-errors-c, on a copy of it).

int a = b;	// ERROR "undeclared"
int c = d;	// ERROR "no longer printed"
int e = f;
int g;		// ERROR "stale"
int h;		// CLANG_ERROR "clang only"
#error "quoted"
