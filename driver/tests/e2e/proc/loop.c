// run -t 2
// PROG: loop

int main(void) { return 0; }
