// run
// PROG: signal PIPE

int main(void) { return 0; }
