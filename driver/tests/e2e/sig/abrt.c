// run
// PROG: signal ABRT

int main(void) { return 0; }
