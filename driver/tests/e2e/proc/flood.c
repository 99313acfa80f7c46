// run -t 30
// PROG: flood 314572800
// 300 MiB of output, far over the 4 MiB cap; -t 30 so that a loaded
// machine does not turn it into a timeout.

int main(void) { return 0; }
