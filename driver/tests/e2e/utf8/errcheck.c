// errorcheck
// CC: error
// C patterns match bytes: Latin-1 text is matched as it is.

int a;	// ERROR "café ÿ" // DIAG: café ÿ au lait
