// run
// PROG: signal ILL

int main(void) { return 0; }
