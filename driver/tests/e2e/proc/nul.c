// run
// PROG: nul
// The output has a NUL byte and more after it: it does not match.

int main(void) { return 0; }
