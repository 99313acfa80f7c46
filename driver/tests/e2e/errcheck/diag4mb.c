// errorcheck
// CC: spew 4000000
// 4 MB of diagnostics, just under the output cap, none of them expected:
// the driver's memory stays bounded while it matches and reports them.

int a;
