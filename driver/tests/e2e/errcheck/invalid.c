// errorcheck
// CC: error
// Unusable ERROR comments on lines 7, 9 and 11 do not stop the test: the
// compile runs, the other patterns are matched, and one report names
// every problem.

int a;	// ERROR "f(oo" // DIAG: foo
int b;	// ERROR "fine" // DIAG: fine
int c;	// ERROR "LINE+x"
int d;	// ERROR "gone"
int e;	// ERROR "open
