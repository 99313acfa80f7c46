// compile
// Still open in release 1 only; release 2 runs it as an ordinary test.
// bug: fake 1-1
// CC: require -fixed

int main(void) { return 0; }
