// errorcheck
// CC: error
// Three ERROR patterns match nothing and a diagnostic matches no pattern:
// the report's first line counts them, the details follow.

int a;	// ERROR "first"
int b;	// ERROR "second"
int c;	// ERROR "third" // DIAG: unrelated trouble
