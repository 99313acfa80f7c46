// errorcheck
// The fake compiler is not told to fail.

int a;	// ERROR "never printed"
