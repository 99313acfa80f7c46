// errorcheck
// CC: error

int a;	// ERROR "expected" // DIAG: something else
