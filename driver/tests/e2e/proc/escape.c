// run
// PROG: escape
// A grandchild in its own session runs sleep(1) from PATH.

int main(void) { return 0; }
