// run
// PROG: signal QUIT

int main(void) { return 0; }
