// run
// PROG: print hello world

int main(void) { return 0; }
