// run
// PROG: signal HUP

int main(void) { return 0; }
