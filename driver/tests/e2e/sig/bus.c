// run
// PROG: signal BUS

int main(void) { return 0; }
