// run
// PROG: grandchild
// A grandchild keeps the output pipe open for 1000 s.

int main(void) { return 0; }
