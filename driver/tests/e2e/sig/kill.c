// run
// PROG: signal KILL

int main(void) { return 0; }
