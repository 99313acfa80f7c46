// compile
// CC: error

int x = ;	// DIAG: expected expression
