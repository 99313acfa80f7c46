// run
// PROG: signal INT

int main(void) { return 0; }
