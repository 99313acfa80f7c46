// run
// PROG: setsid
// A child escapes the process group with setsid() and sleeps 1000 s.

int main(void) { return 0; }
