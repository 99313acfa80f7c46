// run -t 3
// PROG: stdin
// Reads stdin to its end: it must be /dev/null, not the driver's stdin.

int main(void) { return 0; }
