// run
// PROG: nul 2
// The program prints a NUL byte and more, then exits 2: the report
// quotes all of its output, the NUL shown as ^@.

int main(void) { return 0; }
