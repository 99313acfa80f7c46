// run
// PROG: closeout 0 0
// Closes stdout and stderr, then exits 0: the output is empty, as expected.

int main(void) { return 0; }
