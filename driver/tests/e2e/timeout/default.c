// run
// PROG: loop
// No -t: the profile timeout or -timeout applies.

int main(void) { return 0; }
