// run
// A bug that no longer reproduces: the program prints what .out says.
// PROG: print hello world

int main(void) { return 0; }
