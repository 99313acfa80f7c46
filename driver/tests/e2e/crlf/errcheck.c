// errorcheck
// CC: error
// requires: fake
// A CRLF errorcheck test; "$" must match before the CR.

int a;	// ERROR "first$" // DIAG: first
int b;	/* ERROR "^error: second$" */ // DIAG: second
