// errorcheck
// CC: error

int a;	// ERROR "LINE+x" // DIAG: foo
