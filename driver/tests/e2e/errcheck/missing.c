// errorcheck
// CC: error

int a;	// ERROR "first" // DIAG: first problem
int b;	// ERROR "second"
