// run
// PROG: signal FPE

int main(void) { return 0; }
