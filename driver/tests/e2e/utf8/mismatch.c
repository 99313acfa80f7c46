// errorcheck
// CC: error
// The same bytes, but the pattern differs in one of them.

int a;	// ERROR "café þ" // DIAG: café ÿ au lait
