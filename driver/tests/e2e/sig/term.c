// run
// PROG: signal TERM

int main(void) { return 0; }
