// run -t 3
// PROG: sleep 1
// Finishes well inside its deadline.

int main(void) { return 0; }
