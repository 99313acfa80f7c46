// run -t 5
// PROG: closeout 1 4 before close
// Prints, closes stdout and stderr, sleeps 1 s, exits 4: the status after
// the early end of output must still be seen.

int main(void) { return 0; }
