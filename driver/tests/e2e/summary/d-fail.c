// run
// PROG: exit 1

int main(void) { return 0; }
