// errorcheck
// CC: warn
// The compile succeeds with warnings that match the ERROR comments, but
// without -0 errorcheck needs it to fail: the report says to write -0.

int a;	// ERROR "unused" // DIAG: unused variable a
