// errorcheck
// CC: error

int a;	// ERROR "LINE-9" // DIAG: foo
