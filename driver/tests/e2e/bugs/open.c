// run
// A bug that still reproduces: the program prints the wrong greeting.
// PROG: print hello there

int main(void) { return 0; }
