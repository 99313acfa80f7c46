// errorcheck
// CC: error

int a;	// ERROR "first" // DIAG: first problem
int b;	// DIAG: stray problem
