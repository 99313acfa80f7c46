// run
// PROG: forkmany 20

int main(void) { return 0; }
