// run
// PROG: exit 3 goodbye

int main(void) { return 0; }
