// errorcheck -0
// CC: warn

int a;	// ERROR "unused" // DIAG: unused variable a
