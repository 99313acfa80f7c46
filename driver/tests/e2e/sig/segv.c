// run
// PROG: signal SEGV

int main(void) { return 0; }
