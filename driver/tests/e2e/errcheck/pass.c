// errorcheck
// CC: error

int x = "s";	// ERROR "incompatible" // DIAG: incompatible pointer to integer conversion
int y = z;	// ERROR "undeclared identifier z$" // DIAG: use of undeclared identifier z
