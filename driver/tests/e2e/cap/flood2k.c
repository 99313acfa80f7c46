// run
// PROG: flood 2000
// 2000 bytes of output: under the default cap, over small-cap.yaml's.

int main(void) { return 0; }
