// errorcheck
// CC: error
// The ERROR comment sits one line above the diagnostic it expects: the
// report names the line that has a match.

int x;	// ERROR "incompatible"
int y = "s";	// DIAG: incompatible pointer to integer conversion
