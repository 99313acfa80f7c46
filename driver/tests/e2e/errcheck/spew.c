// errorcheck -t 30
// CC: spew 50000000
// 50 MB of diagnostics from an errorcheck compile; -t 30 so that a loaded
// machine does not turn it into a timeout.

int a;	// ERROR "spewing"
