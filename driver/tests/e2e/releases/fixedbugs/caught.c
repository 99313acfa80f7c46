// compile
// A bug fixed in release 2 of "fake": fakecc fails it without -fixed.
// fixed: fake 2
// CC: require -fixed

int main(void) { return 0; }
