// run
// PROG: print hello there

int main(void) { return 0; }
