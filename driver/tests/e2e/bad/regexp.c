// errorcheck
// CC: error
// An ERROR pattern PCRE2 cannot compile, on line 6.

int a;
int b;	// ERROR "f(oo" // DIAG: foo
