// run
// bug: nosuchcc
// A bug of another compiler: under the fake profile it is an ordinary
// test, and fails as one.
// PROG: print hello there

int main(void) { return 0; }
