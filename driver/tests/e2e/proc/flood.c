// run
// PROG: flood 52428800
// 50 MB of output, far over the 4 MiB cap.

int main(void) { return 0; }
