// errorcheck
// CC: error

int a;	// ERROR "first" "unclosed // DIAG: first
