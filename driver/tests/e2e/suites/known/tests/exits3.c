// run
// PROG: exit 3
// A failure the suite's own list expects under the fake profile.

int main(void) { return 3; }
