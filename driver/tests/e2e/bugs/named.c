// run
// bug: nosuchcc, fake
// A bug of the fake compiler, named by its profile among others.
// PROG: print hello there

int main(void) { return 0; }
