// run
// PROG: nul
// The output has a NUL byte and NAME.out has the same bytes.

int main(void) { return 0; }
